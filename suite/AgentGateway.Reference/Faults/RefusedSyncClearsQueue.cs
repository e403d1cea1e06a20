using AgentGateway.Reference.Http;

namespace AgentGateway.Reference.Faults;

internal sealed class RefusedSyncClearsQueue() : Fault(
    GatewayFault.RefusedSyncClearsQueue,
    "refused-sync-clears-queue",
    "QueueClearing",
    "A syncagentinfo refused for a bad Guid still clears the agent's queue.")
{
    public override GatewayAnswer AnswerRefusedSync(SyncContext sync, GatewayAnswer refusal)
    {
        sync.Agent.Events.Clear();
        return refusal;
    }
}
