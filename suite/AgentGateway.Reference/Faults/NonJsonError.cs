using AgentGateway.Reference.Http;

namespace AgentGateway.Reference.Faults;

internal sealed class NonJsonError() : Fault(
    GatewayFault.NonJsonError,
    "non-json-error",
    "RetcodeSemantics",
    "Business failures of syncagentinfo are plain text ('000-003 ...') instead of a JSON envelope.")
{
    public override GatewayAnswer ShapeSyncFailure(GatewayAnswer answer) =>
        answer.FailureCode is { } code
            ? new GatewayAnswer(answer.StatusCode, "text/plain;charset=UTF-8", $"{code} {Retcodes.Describe(code)}")
            : answer;
}
