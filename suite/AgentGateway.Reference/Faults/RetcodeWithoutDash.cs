namespace AgentGateway.Reference.Faults;

internal sealed class RetcodeWithoutDash() : Fault(
    GatewayFault.RetcodeWithoutDash,
    "retcode-without-dash",
    "RetcodeSemantics",
    "Business failures of syncagentinfo carry the retcode without its dash (000003 for 000-003).")
{
}
