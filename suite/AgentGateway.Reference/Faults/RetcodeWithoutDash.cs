using AgentGateway.Reference.Http;

namespace AgentGateway.Reference.Faults;

internal sealed class RetcodeWithoutDash() : Fault(
    GatewayFault.RetcodeWithoutDash,
    "retcode-without-dash",
    "RetcodeSemantics",
    "Business failures of syncagentinfo carry the retcode without its dash (000003 for 000-003).")
{
    public override GatewayAnswer ShapeSyncFailure(GatewayAnswer answer) =>
        answer.FailureCode is { } code ? answer.WithRetcode(code.Replace("-", "", StringComparison.Ordinal)) : answer;
}
