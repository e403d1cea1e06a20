using AgentGateway.Reference.Calls;
using AgentGateway.Reference.Http;

namespace AgentGateway.Reference.Faults;

internal sealed class SyncEndsCall() : Fault(
    GatewayFault.SyncEndsCall,
    "sync-ends-call",
    "Calls",
    "A sync during a talking call hangs the call up, as if the refreshed page had released the agent's phone: the sync "
    + "still reports the call, then the release events come and a hold is refused.")
{
    public override void AfterSyncUnlocked(SyncContext sync)
    {
        var calls = sync.Registry.Calls;
        lock (calls.Gate)
        {
            if (sync.Agent.Call is { Phase: CallPhase.Talking })
            {
                calls.Release(sync.Agent);
            }
        }
    }
}
