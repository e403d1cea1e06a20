namespace AgentGateway.Reference.Faults;

internal sealed class WorkNumberMismatch() : Fault(
    GatewayFault.WorkNumberMismatch,
    "worknumber-mismatch",
    "Consistency",
    "workNo carries the phone number the agent signed in with (\"0\" if none or equal) instead of the agent ID.")
{
}
