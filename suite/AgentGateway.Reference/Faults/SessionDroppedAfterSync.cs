namespace AgentGateway.Reference.Faults;

internal sealed class SessionDroppedAfterSync() : Fault(
    GatewayFault.SessionDroppedAfterSync,
    "session-dropped-after-sync",
    "QueueClearing",
    "The agent is signed out right after a successful syncagentinfo.")
{
}
