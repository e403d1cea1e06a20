using AgentGateway.Conformance.Agents;

namespace AgentGateway.Conformance.Checks.QueueClearing;

public sealed partial class QueueClearingTests
{
    /// <summary>
    /// Signs in (queuing the documented sign-in events), makes the agent busy with a marker reason, syncs, sets it idle
    /// and polls until the idle event arrives or a poll comes back empty. With <paramref name="drainSignInEvents"/> the
    /// sign-in events are polled out first, so an AgentState_Ready after the sync cannot be an old one left behind.
    /// </summary>
    private async Task<(QueuedBefore Before, PollOutcome After)> SyncBetweenEventsAsync(bool drainSignInEvents = false)
    {
        var agent = await SignInAsync();
        if (drainSignInEvents)
        {
            await agent.PollUntilAsync(e => e.EventType == AgentEvent.Ready, "the sign-in events");
        }

        var reason = NextMarkerReason();
        await agent.QueueBusyMarkerAsync(reason);
        await SuccessfulSyncAsync(agent);
        await agent.QueueFreeAsync();
        var outcome = await agent.PollForAsync(e => e.EventType == AgentEvent.CancelNotReadySuccess, "the idle event queued after the sync");
        return (new QueuedBefore(reason, drainSignInEvents), outcome);
    }

    /// <summary>The events queued before the sync: the sign-in events, unless drained, and the busy event with the marker reason.</summary>
    private sealed record QueuedBefore(int MarkerReason, bool SignInEventsDrained)
    {
        public bool WasQueued(AgentEvent e) =>
            (!SignInEventsDrained && e.EventType is AgentEvent.InService or AgentEvent.Ready) || e.IsBusyMarker(MarkerReason);

        public override string ToString() => SignInEventsDrained
            ? $"{AgentEvent.SetNotReadySuccess}(reason {MarkerReason})"
            : $"{AgentEvent.InService}, {AgentEvent.Ready}, {AgentEvent.SetNotReadySuccess}(reason {MarkerReason})";
    }
}
