namespace AgentGateway.Reference.Faults;

internal sealed class StateNotUpdated() : Fault(
    GatewayFault.StateNotUpdated,
    "state-not-updated",
    "Consistency",
    "syncagentinfo always reports state 1 (idle), whatever state the agent is in.")
{
}
