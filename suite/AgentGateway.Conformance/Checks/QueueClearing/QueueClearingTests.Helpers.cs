using System.Globalization;
using AgentGateway.Conformance.Agents;
using AgentGateway.Conformance.Http;

namespace AgentGateway.Conformance.Checks.QueueClearing;

public sealed partial class QueueClearingTests
{
    /// <summary>
    /// Signs a fresh session in (queuing the documented sign-in events), makes the agent busy with a marker reason, lets
    /// the events settle, syncs, sets the agent idle and polls until the idle event arrives or a poll comes back empty.
    /// With <paramref name="drainSignInEvents"/> the sign-in events are polled out first, so an AgentState_Ready after
    /// the sync cannot be an old one left behind.
    /// </summary>
    private async Task<SyncedBetween> SyncBetweenEventsAsync(TimeSpan settle, bool drainSignInEvents = false)
    {
        var agent = await SignInAsync();
        if (drainSignInEvents)
        {
            await agent.PollUntilAsync(e => e.EventType == AgentEvent.Ready, "the sign-in events");
        }

        var reason = NextMarkerReason();
        await agent.QueueBusyMarkerAsync(reason);
        await SettleAsync(settle);
        var sync = await SuccessfulSyncAsync(agent);
        await agent.QueueFreeAsync();
        var outcome = await agent.PollForAsync(e => e.EventType == AgentEvent.CancelNotReadySuccess, "the idle event queued after the sync");
        await agent.SignOutAsync();
        return new SyncedBetween(new QueuedBefore(reason, drainSignInEvents), sync, outcome);
    }

    /// <summary>
    /// Judges a queue requirement on a first attempt made with the settle time. An attempt that breaks it is repeated
    /// once with a longer settle time, and the requirement fails only when the second attempt breaks it too, or when the
    /// first one is proven by the events' own eventGenTime (ruling 'Event timing'); the finding names both attempts.
    /// </summary>
    private async Task JudgeOverAttemptsAsync(string requirementId, string expected, Func<TimeSpan, Task<Attempt>> attempt)
    {
        var settle = Settings.SettleTime;
        var first = await attempt(settle);
        if (!first.Violated || first.Proof is not null)
        {
            Must(requirementId, !first.Violated, expected, first.Proof is null ? first.Actual : $"{first.Actual}; {first.Proof}");
            return;
        }

        var longer = settle * 3 > MinimumSecondSettle ? settle * 3 : MinimumSecondSettle;
        var second = await attempt(longer);
        Must(
            requirementId,
            !second.Violated,
            expected,
            $"first attempt, events settled {Seconds(settle)}: {first.Actual}; second attempt, events settled {Seconds(longer)}: "
            + (second.Violated ? second.Actual : $"{second.Actual}, so the first attempt saw a late event, not an old one"));
    }

    private static readonly TimeSpan MinimumSecondSettle = TimeSpan.FromSeconds(1);

    private static string Seconds(TimeSpan span) => $"{span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s";

    /// <summary>
    /// Old events delivered after a sync, as an attempt: broken when any came, proven at once when one's eventGenTime lies
    /// before the currentTime of the sync it should have been cleared by (both stamps come from the gateway's clock).
    /// </summary>
    private static Attempt OldEventsAttempt(IReadOnlyList<AgentEvent> old, GatewayResponse sync, string actual)
    {
        var syncTime = AgentEvent.Milliseconds(sync.AgentStateInfo?["currentTime"]);
        var proven = old.FirstOrDefault(e => e.GeneratedAt is { } made && syncTime is { } synced && made < synced);
        return new Attempt(
            old.Count > 0,
            actual,
            proven is null ? null : $"{proven} has eventGenTime {proven.GeneratedAt}, before the sync's currentTime {syncTime}");
    }

    /// <summary>One sync between events: what was queued before it, its answer, and what the polls after it delivered.</summary>
    private sealed record SyncedBetween(QueuedBefore Before, GatewayResponse Sync, PollOutcome After)
    {
        public IReadOnlyList<AgentEvent> Old => [.. After.Before.Where(Before.WasQueued)];

        public IReadOnlyList<AgentEvent> New => [.. After.Before.Where(e => !Before.WasQueued(e))];
    }

    /// <summary>What one attempt of a queue check saw; <see cref="Proof"/> proves a violation without a second attempt.</summary>
    private sealed record Attempt(bool Violated, string Actual, string? Proof = null);

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
