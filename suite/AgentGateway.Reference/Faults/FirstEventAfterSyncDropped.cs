using System.Runtime.CompilerServices;
using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Http;

namespace AgentGateway.Reference.Faults;

internal sealed class FirstEventAfterSyncDropped() : Fault(
    GatewayFault.FirstEventAfterSyncDropped,
    "first-event-after-sync-dropped",
    "QueueClearing",
    "syncagentinfo clears the queue and also drops the first event made after it, as if the clearing ran one event late.")
{
    private static readonly object Armed = new();

    /// <summary>The queues cleared by a sync whose next event is still to be dropped.</summary>
    private readonly ConditionalWeakTable<EventQueue, object> _dropNext = new();

    public override void ClearQueueOnSync(SyncContext sync, Action clear)
    {
        // Armed before the clearing: an event that arrives in between is then the one lost, as if both were one step.
        _dropNext.AddOrUpdate(sync.Agent.Events, Armed);
        clear();
    }

    public override bool AdmitsEvent(EventQueue queue, QueuedEvent queued) => !_dropNext.Remove(queue);
}
