namespace AgentGateway.Reference.Faults;

internal sealed class UndocumentedRetcode() : Fault(
    GatewayFault.UndocumentedRetcode,
    "undocumented-retcode",
    "RetcodeSemantics",
    "A syncagentinfo refused for its Guid carries 100-099, a code no document lists, instead of 000-003.")
{
}
