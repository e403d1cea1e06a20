using AgentGateway.Conformance.Agents;

namespace AgentGateway.Conformance.Checks.QueueClearing;

public sealed partial class QueueClearingTests
{
    /// <summary>
    /// Signs in (queuing the documented sign-in events), makes the agent busy with a marker reason, syncs, sets it idle
    /// and polls until the idle event arrives or a poll comes back empty.
    /// </summary>
    private async Task<(QueuedBefore Before, PollOutcome After)> SyncBetweenEventsAsync()
    {
        var agent = await SignInAsync();
        var reason = NextMarkerReason();
        await agent.QueueBusyMarkerAsync(reason);
        await SuccessfulSyncAsync(agent);
        await agent.QueueFreeAsync();
        var outcome = await agent.PollForAsync(e => e.EventType == AgentEvent.CancelNotReadySuccess, "the idle event queued after the sync");
        return (new QueuedBefore(reason), outcome);
    }

    /// <summary>The events queued before the sync: the sign-in events and the busy event with the marker reason.</summary>
    private sealed record QueuedBefore(int MarkerReason)
    {
        public bool WasQueued(AgentEvent e) => e.EventType is AgentEvent.InService or AgentEvent.Ready || e.IsBusyMarker(MarkerReason);

        public override string ToString() => $"{AgentEvent.InService}, {AgentEvent.Ready}, {AgentEvent.SetNotReadySuccess}(reason {MarkerReason})";
    }
}
