using AgentGateway.Reference.Http;

namespace AgentGateway.Reference.Faults;

internal sealed class UndocumentedRetcode() : Fault(
    GatewayFault.UndocumentedRetcode,
    "undocumented-retcode",
    "RetcodeSemantics",
    "A syncagentinfo refused for its Guid carries 100-099, a code no document lists, instead of 000-003.")
{
    public override GatewayAnswer ShapeSyncFailure(GatewayAnswer answer) =>
        answer.FailureCode == Retcodes.NoPermission ? answer.WithRetcode("100-099") : answer;
}
