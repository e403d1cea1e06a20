using AgentGateway.Reference.Http;

namespace AgentGateway.Reference.Faults;

internal sealed class SessionDroppedAfterSync() : Fault(
    GatewayFault.SessionDroppedAfterSync,
    "session-dropped-after-sync",
    "QueueClearing",
    "The agent is signed out right after a successful syncagentinfo.")
{
    public override void AfterSync(SyncContext sync) => sync.Registry.EndSession(sync.Slot);
}
