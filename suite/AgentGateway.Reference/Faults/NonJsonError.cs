namespace AgentGateway.Reference.Faults;

internal sealed class NonJsonError() : Fault(
    GatewayFault.NonJsonError,
    "non-json-error",
    "RetcodeSemantics",
    "Business failures of syncagentinfo are plain text ('000-003 ...') instead of a JSON envelope.")
{
}
