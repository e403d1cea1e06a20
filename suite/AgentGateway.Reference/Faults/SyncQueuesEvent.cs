using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Http;

namespace AgentGateway.Reference.Faults;

internal sealed class SyncQueuesEvent() : Fault(
    GatewayFault.SyncQueuesEvent,
    "sync-queues-event",
    "QueueClearing",
    "syncagentinfo clears the queue but then queues an AgentState_Ready event re-announcing the state.")
{
    public override void AfterSync(SyncContext sync) => sync.Agent.Events.Enqueue(new QueuedEvent(EventTypes.Ready, null, sync.Now));
}
