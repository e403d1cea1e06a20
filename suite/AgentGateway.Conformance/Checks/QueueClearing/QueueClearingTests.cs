using AgentGateway.Conformance.Agents;
using AgentGateway.Conformance.Harness;
using AgentGateway.Conformance.Http;
using AgentGateway.Conformance.Requirements;
using NUnit.Framework;

namespace AgentGateway.Conformance.Checks.QueueClearing;

/// <summary>
/// The sync must empty the agent's event queue, and only that. No check waits for an empty long poll on a conformant
/// gateway: each queues a recognisable event after the action and polls until that one arrives, then judges what came before.
/// Events the suite caused get the settle time to reach the queue before the sync (ruling 'Event timing').
/// </summary>
[TestFixture]
public sealed partial class QueueClearingTests : ConformanceTest
{
    protected override int AgentsNeeded => 2;

    [Test]
    [Requirement(Req.QueueClearing.Queue001)]
    public Task Delivers_no_event_queued_before_the_sync() =>
        JudgeOverAttemptsAsync(
            Req.QueueClearing.Queue001,
            "none of the events queued before the sync is delivered after it",
            async settle =>
            {
                var synced = await SyncBetweenEventsAsync(settle);
                return OldEventsAttempt(synced.Old, synced.Sync, $"queued before: {synced.Before}; polls delivered {synced.After.Describe()}");
            });

    [Test]
    [Requirement(Req.QueueClearing.Queue003)]
    public Task Queues_no_event_of_its_own() =>
        JudgeOverAttemptsAsync(
            Req.QueueClearing.Queue003,
            "no event between the sync and the event the suite queued after it",
            async settle =>
            {
                var synced = await SyncBetweenEventsAsync(settle, drainSignInEvents: true);
                return new Attempt(synced.New.Count > 0, $"polls delivered {synced.After.Describe()}");
            });

    [Test]
    [Requirement(Req.QueueClearing.Queue004)]
    public async Task Delivers_events_made_after_the_sync()
    {
        var synced = await SyncBetweenEventsAsync(Settings.SettleTime);
        Must(
            Req.QueueClearing.Queue004,
            synced.After.Arrived,
            "the idle event queued after the sync is delivered",
            $"polls delivered {synced.After.Describe()}");
    }

    [Test]
    [Requirement(Req.QueueClearing.Queue002)]
    public Task Clears_the_queue_on_every_sync_in_a_sequence() =>
        JudgeOverAttemptsAsync(
            Req.QueueClearing.Queue002,
            "after each of 3 syncs: the busy event queued before it and earlier events are gone, the idle event queued after it arrives",
            SyncThreeTimesAsync);

    private async Task<Attempt> SyncThreeTimesAsync(TimeSpan settle)
    {
        var agent = await SignInAsync();
        var rounds = new List<string>();
        for (var round = 1; round <= 3; round++)
        {
            var reason = NextMarkerReason();
            await agent.QueueBusyMarkerAsync(reason);
            await SettleAsync(settle);
            var sync = await SuccessfulSyncAsync(agent, $"sync {round} of 3");
            await agent.QueueFreeAsync();
            var outcome = await agent.PollForAsync(e => e.EventType == AgentEvent.CancelNotReadySuccess, $"the idle event after sync {round}");
            var old = outcome.Before.Where(e => e.IsBusyMarker(reason) || e.EventType is AgentEvent.InService or AgentEvent.Ready).ToList();
            var attempt = OldEventsAttempt(old, sync, $"after sync {round} (busy reason {reason}) polls delivered {outcome.Describe()}");
            if (attempt.Violated || !outcome.Arrived)
            {
                await agent.SignOutAsync();
                return attempt with { Violated = true };
            }

            rounds.Add($"sync {round}: {outcome.Describe()}");
        }

        await agent.SignOutAsync();
        return new Attempt(false, string.Join("; ", rounds));
    }

    [Test]
    [Requirement(Req.QueueClearing.Queue005)]
    public async Task A_refused_sync_clears_nothing()
    {
        var agent = await SignInAsync();
        var unknown = $"{Faker.Random.Guid()}.AgentGateway0";
        Client.Redactor.Register(unknown, "made-up guid");
        var reason = NextMarkerReason();
        await agent.QueueBusyMarkerAsync(reason);
        await SettleAsync(Settings.SettleTime);
        var refused = await Client.SendAsync(SyncRequest(agent.Id, "sync with a Guid never issued", unknown));
        if (refused.ReportsSuccess)
        {
            throw new UndecidableException(
                $"the check needs a refused sync, but a sync with a Guid never issued succeeded ({refused.Summary}); "
                + "the HeaderEnforcement checks judge that.");
        }

        await agent.QueueFreeAsync();
        var outcome = await agent.PollForAsync(e => e.EventType == AgentEvent.CancelNotReadySuccess, "the idle event after the refused sync");
        Must(Req.QueueClearing.Queue005, outcome.Before.Any(e => e.IsBusyMarker(reason)),
            $"the busy event (reason {reason}) queued before the refused sync is still delivered", $"polls delivered {outcome.Describe()}");
    }

    [Test]
    [Requirement(Req.QueueClearing.Queue006)]
    public async Task A_sync_leaves_other_agents_queues_alone()
    {
        var agent = await SignInAsync(0);
        var other = await SignInAsync(1);
        var reason = NextMarkerReason();
        await other.QueueBusyMarkerAsync(reason);
        await SettleAsync(Settings.SettleTime);
        await SuccessfulSyncAsync(agent, $"sync of agent {agent.Id}");
        await other.QueueFreeAsync();
        var outcome = await other.PollForAsync(e => e.EventType == AgentEvent.CancelNotReadySuccess, $"the idle event of agent {other.Id}");
        Must(
            Req.QueueClearing.Queue006,
            outcome.Before.Any(e => e.IsBusyMarker(reason)) && outcome.Before.Any(e => e.EventType == AgentEvent.InService),
            $"agent {other.Id} still gets its sign-in events and its busy event (reason {reason}) after agent {agent.Id} synced",
            $"polls of agent {other.Id} delivered {outcome.Describe()}");
    }

    [Test]
    [Requirement(Req.QueueClearing.Queue007)]
    public async Task The_session_stays_valid_after_the_sync()
    {
        var agent = await SignInAsync();
        await SuccessfulSyncAsync(agent);
        var reason = NextMarkerReason();
        var busy = await agent.AskBusyAsync(reason, "set busy after the sync");
        Must(Req.QueueClearing.Queue007, busy.IsDocumentedSuccess, "a state change after the sync succeeds", busy.Summary);
        var poll = await agent.PollAsync("poll after the sync");
        Must(Req.QueueClearing.Queue007, poll.Succeeded && poll.Event is not null, "a poll after the sync succeeds with the new event",
            $"{poll.Response.Summary}, event {poll.Event?.ToString() ?? "none"}");
        var again = await agent.SyncAsync("second sync");
        Must(Req.QueueClearing.Queue007, again.ReportsSuccess, "a second sync succeeds", again.Summary);
    }
}
