namespace AgentGateway.Reference.Faults;

internal sealed class SuccessOnFailure() : Fault(
    GatewayFault.SuccessOnFailure,
    "success-on-failure",
    "RetcodeSemantics",
    "Business failures of syncagentinfo carry retcode \"0\" with the failure only in the message.")
{
}
