using AgentGateway.Reference.Http;

namespace AgentGateway.Reference.Faults;

internal sealed class QueuePartlyCleared() : Fault(
    GatewayFault.QueuePartlyCleared,
    "queue-partly-cleared",
    "QueueClearing",
    "syncagentinfo removes only the oldest queued event.")
{
    public override void ClearQueueOnSync(SyncContext sync, Action clear) => sync.Agent.Events.TryDequeue(out _);
}
