using System.Text.Json.Nodes;
using AgentGateway.Reference.Http;

namespace AgentGateway.Reference.Faults;

internal sealed class SuccessOnFailure() : Fault(
    GatewayFault.SuccessOnFailure,
    "success-on-failure",
    "RetcodeSemantics",
    "Business failures of syncagentinfo carry retcode \"0\" with the failure only in the message.")
{
    public override GatewayAnswer ShapeSyncFailure(GatewayAnswer answer) =>
        answer.FailureCode is { } code
            ? GatewayAnswer.Json(new JsonObject { ["message"] = Retcodes.Describe(code), ["retcode"] = Retcodes.Success })
            : answer;
}
