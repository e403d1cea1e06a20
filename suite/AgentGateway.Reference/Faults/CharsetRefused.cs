namespace AgentGateway.Reference.Faults;

internal sealed class CharsetRefused() : Fault(
    GatewayFault.CharsetRefused,
    "charset-refused",
    "HeaderEnforcement",
    "A syncagentinfo whose Content-Type carries a charset parameter, as the documented one does, is refused with 000-006.")
{
}
