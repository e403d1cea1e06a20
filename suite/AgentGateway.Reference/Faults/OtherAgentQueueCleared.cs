using AgentGateway.Reference.Http;

namespace AgentGateway.Reference.Faults;

internal sealed class OtherAgentQueueCleared() : Fault(
    GatewayFault.OtherAgentQueueCleared,
    "other-agent-queue-cleared",
    "QueueClearing",
    "syncagentinfo also clears the queues of every other signed-in agent.")
{
    public override void AfterSyncUnlocked(SyncContext sync)
    {
        foreach (var other in sync.Registry.Slots.Where(s => !ReferenceEquals(s, sync.Slot)))
        {
            lock (other.Gate)
            {
                other.Session?.Events.Clear();
            }
        }
    }
}
