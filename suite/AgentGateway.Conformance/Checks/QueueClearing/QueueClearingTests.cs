using AgentGateway.Conformance.Agents;
using AgentGateway.Conformance.Harness;
using AgentGateway.Conformance.Http;
using NUnit.Framework;

namespace AgentGateway.Conformance.Checks.QueueClearing;

/// <summary>
/// The sync must empty the agent's event queue, and only that. No check waits for an empty long poll on a conformant
/// gateway: each queues a recognisable event after the action and polls until that one arrives, then judges what came before.
/// </summary>
[TestFixture]
public sealed partial class QueueClearingTests : ConformanceTest
{
    protected override int AgentsNeeded => 2;

    [Test]
    [Requirement("SYNC-QUEUE-001")]
    public async Task Delivers_no_event_queued_before_the_sync()
    {
        var (before, outcome) = await SyncBetweenEventsAsync();
        var stale = outcome.Before.Where(before.WasQueued).ToList();
        Must("SYNC-QUEUE-001", stale.Count == 0, $"none of the events queued before the sync ({before}) is delivered after it",
            $"polls delivered {outcome.Describe()}");
    }

    [Test]
    [Requirement("SYNC-QUEUE-003")]
    public async Task Queues_no_event_of_its_own()
    {
        var (before, outcome) = await SyncBetweenEventsAsync(drainSignInEvents: true);
        var made = outcome.Before.Where(e => !before.WasQueued(e)).ToList();
        Must("SYNC-QUEUE-003", made.Count == 0, "no event between the sync and the event the suite queued after it",
            $"polls delivered {outcome.Describe()}");
    }

    [Test]
    [Requirement("SYNC-QUEUE-004")]
    public async Task Delivers_events_made_after_the_sync()
    {
        var (_, outcome) = await SyncBetweenEventsAsync();
        Must("SYNC-QUEUE-004", outcome.Arrived, "the busy event queued after the sync is delivered", $"polls delivered {outcome.Describe()}");
    }

    [Test]
    [Requirement("SYNC-QUEUE-002")]
    public async Task Clears_the_queue_on_every_sync_in_a_sequence()
    {
        var agent = await SignInAsync();
        var reason = NextMarkerReason();
        for (var round = 1; round <= 3; round++, reason = NextMarkerReason(reason))
        {
            await agent.QueueBusyMarkerAsync(reason);
            await SuccessfulSyncAsync(agent, $"sync {round} of 3");
            await agent.QueueFreeAsync();
            var outcome = await agent.PollForAsync(e => e.EventType == AgentEvent.CancelNotReadySuccess, $"the idle event after sync {round}");
            var marker = reason;
            Must(
                "SYNC-QUEUE-002",
                outcome.Arrived && !outcome.Before.Any(e => e.IsBusyMarker(marker) || e.EventType is AgentEvent.InService or AgentEvent.Ready),
                $"after sync {round}: the busy event (reason {marker}) and earlier events are gone, the idle event queued after the sync arrives",
                $"polls delivered {outcome.Describe()}");
        }
    }

    [Test]
    [Requirement("SYNC-QUEUE-005")]
    public async Task A_refused_sync_clears_nothing()
    {
        var agent = await SignInAsync();
        var unknown = $"{Faker.Random.Guid()}.AgentGateway0";
        Client.Redactor.Register(unknown, "made-up guid");
        var reason = NextMarkerReason();
        await agent.QueueBusyMarkerAsync(reason);
        var refused = await Client.SendAsync(new GatewayRequest(HttpMethod.Post, Routes.Sync(agent.Id), "sync with a Guid never issued")
            .WithHeader("Guid", unknown));
        if (refused.ReportsSuccess)
        {
            throw new UndecidableException(
                $"the check needs a refused sync, but a sync with a Guid never issued succeeded ({refused.Summary}); "
                + "the HeaderEnforcement checks judge that.");
        }

        await agent.QueueFreeAsync();
        var outcome = await agent.PollForAsync(e => e.EventType == AgentEvent.CancelNotReadySuccess, "the idle event after the refused sync");
        Must("SYNC-QUEUE-005", outcome.Before.Any(e => e.IsBusyMarker(reason)),
            $"the busy event (reason {reason}) queued before the refused sync is still delivered", $"polls delivered {outcome.Describe()}");
    }

    [Test]
    [Requirement("SYNC-QUEUE-006")]
    public async Task A_sync_leaves_other_agents_queues_alone()
    {
        var agent = await SignInAsync(0);
        var other = await SignInAsync(1);
        var reason = NextMarkerReason();
        await other.QueueBusyMarkerAsync(reason);
        await SuccessfulSyncAsync(agent, $"sync of agent {agent.Id}");
        await other.QueueFreeAsync();
        var outcome = await other.PollForAsync(e => e.EventType == AgentEvent.CancelNotReadySuccess, $"the idle event of agent {other.Id}");
        Must(
            "SYNC-QUEUE-006",
            outcome.Before.Any(e => e.IsBusyMarker(reason)) && outcome.Before.Any(e => e.EventType == AgentEvent.InService),
            $"agent {other.Id} still gets its sign-in events and its busy event (reason {reason}) after agent {agent.Id} synced",
            $"polls of agent {other.Id} delivered {outcome.Describe()}");
    }

    [Test]
    [Requirement("SYNC-QUEUE-007")]
    public async Task The_session_stays_valid_after_the_sync()
    {
        var agent = await SignInAsync();
        await SuccessfulSyncAsync(agent);
        var reason = NextMarkerReason();
        var busy = await agent.SendAsync(HttpMethod.Post, Routes.SayBusy(agent.Id, reason), "set busy after the sync");
        Must("SYNC-QUEUE-007", busy.IsDocumentedSuccess, "a state change after the sync succeeds", busy.Summary);
        var poll = await agent.PollAsync("poll after the sync");
        Must("SYNC-QUEUE-007", poll.Succeeded && poll.Event is not null, "a poll after the sync succeeds with the new event",
            $"{poll.Response.Summary}, event {poll.Event?.ToString() ?? "none"}");
        var again = await agent.SyncAsync("second sync");
        Must("SYNC-QUEUE-007", again.ReportsSuccess, "a second sync succeeds", again.Summary);
    }
}
