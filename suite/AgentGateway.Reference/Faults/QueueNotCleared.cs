using AgentGateway.Reference.Http;

namespace AgentGateway.Reference.Faults;

internal sealed class QueueNotCleared() : Fault(
    GatewayFault.QueueNotCleared,
    "queue-not-cleared",
    "QueueClearing",
    "syncagentinfo leaves the agent's event queue as it is.")
{
    public override void ClearQueueOnSync(SyncContext sync, Action clear)
    {
    }
}
