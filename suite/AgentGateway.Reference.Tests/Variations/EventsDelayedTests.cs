using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Tests.Support;
using AgentGateway.Reference.Variations;

namespace AgentGateway.Reference.Tests.Variations;

/// <summary>events-delayed on the fake clock: the calls are answered at once, their events come a delay later.</summary>
public class EventsDelayedTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(300);

    [TestCase(false)]
    [TestCase(true)]
    [VariationTest(GatewayVariation.EventsDelayed)]
    public async Task Sign_in_is_answered_at_once_and_its_events_reach_the_queue_only_after_the_delay(bool delayed)
    {
        using var gateway = Delayed(delayed);

        var signIn = gateway.SignInRawAsync("41001");

        signIn.IsCompleted.Should().BeTrue("the answer does not wait for the events");
        (await signIn).Retcode.Should().Be("0");
        gateway.Queued("41001").Should().HaveCount(delayed ? 0 : 2);
        gateway.Time.Advance(Delay - TimeSpan.FromMilliseconds(1));
        gateway.Queued("41001").Should().HaveCount(delayed ? 0 : 2);
        gateway.Time.Advance(TimeSpan.FromMilliseconds(1));
        gateway.Queued("41001").Should().Equal("AgentOther_InService", "AgentState_Ready");
    }

    [Test]
    [VariationTest(GatewayVariation.EventsDelayed)]
    public async Task A_late_event_releases_a_waiting_poll_when_it_arrives()
    {
        using var gateway = Delayed(true, TimeSpan.FromSeconds(2));
        var guid = await Drained(gateway, TimeSpan.FromSeconds(2));
        var poll = gateway.BeginPollAsync("41001", guid);

        var busy = gateway.ActAsync("41001", guid, "saybusy?reason=209");

        busy.IsCompleted.Should().BeTrue();
        (await busy).Retcode.Should().Be("0");
        gateway.Session("41001")!.State.Should().Be(AgentState.Busy, "the state changes with the call; only its event is late");
        gateway.Time.Advance(TimeSpan.FromMilliseconds(1999));
        await Task.Delay(20);
        poll.IsCompleted.Should().BeFalse();
        gateway.Time.Advance(TimeSpan.FromMilliseconds(1));
        (await poll.WaitAsync(Budget)).EventType.Should().Be("AgentState_SetNotReady_Success");
    }

    [Test]
    [VariationTest(GatewayVariation.EventsDelayed)]
    public async Task In_edition_2025_eventGenTime_is_when_the_event_arrived_not_when_the_call_came()
    {
        using var gateway = InMemoryGateway.Create(o =>
        {
            o.Edition = "2025";
            o.Variations.Add(GatewayVariation.EventsDelayed);
        });
        var called = gateway.Time.GetUtcNow();
        var guid = await gateway.SignInAsync();

        var poll = gateway.BeginPollAsync("41001", guid);
        gateway.Time.Advance(Delay);

        var generated = (await poll.WaitAsync(Budget)).Json!["event"]!["eventGenTime"]!.GetValue<long>();
        generated.Should().Be((called + Delay).ToUnixTimeMilliseconds());
    }

    [Test]
    [VariationTest(GatewayVariation.EventsDelayed)]
    public async Task A_sync_clears_the_events_that_have_arrived_and_keeps_one_arriving_after_it()
    {
        using var gateway = Delayed(true);
        var guid = await gateway.SignInAsync();
        gateway.Time.Advance(Delay);
        (await gateway.ActAsync("41001", guid, "saybusy?reason=210")).Retcode.Should().Be("0");

        (await gateway.SyncAsync("41001", guid)).Retcode.Should().Be("0");

        gateway.Queued("41001").Should().BeEmpty("the sign-in events had arrived and were cleared");
        gateway.Time.Advance(Delay);
        gateway.Queued("41001").Should().Equal("AgentState_SetNotReady_Success");
    }

    [Test]
    [VariationTest(GatewayVariation.EventsDelayed)]
    public async Task Sign_out_drops_the_events_still_on_their_way()
    {
        using var gateway = Delayed(true);
        var old = await gateway.SignInAsync();
        (await gateway.ActAsync("41001", old, "saybusy")).Retcode.Should().Be("0");
        var oldQueue = (DelayedEventQueue)gateway.Session("41001")!.Events;
        oldQueue.Pending.Should().Be(3);

        (await gateway.SendAsync("DELETE", "onlineagent/41001/logout", old)).Retcode.Should().Be("0");
        var guid = await gateway.SignInAsync();
        gateway.Time.Advance(Delay);

        oldQueue.Pending.Should().Be(0);
        oldQueue.Count.Should().Be(0);
        gateway.Queued("41001").Should().Equal("AgentOther_InService", "AgentState_Ready");
        (await gateway.PollAsync("41001", guid)).EventType.Should().Be("AgentOther_InService");
    }

    [Test]
    [VariationTest(GatewayVariation.EventsDelayed)]
    public async Task Late_events_arrive_in_the_order_of_the_calls_that_caused_them()
    {
        using var gateway = Delayed(true);
        var guid = await gateway.SignInAsync();
        gateway.Time.Advance(TimeSpan.FromMilliseconds(100));
        (await gateway.ActAsync("41001", guid, "saybusy?reason=201")).Retcode.Should().Be("0");
        gateway.Time.Advance(TimeSpan.FromMilliseconds(100));
        (await gateway.ActAsync("41001", guid, "sayfree")).Retcode.Should().Be("0");

        gateway.Time.Advance(TimeSpan.FromMilliseconds(150));
        gateway.Queued("41001").Should().Equal("AgentOther_InService", "AgentState_Ready");
        gateway.Time.Advance(TimeSpan.FromMilliseconds(150));

        gateway.Queued("41001").Should().Equal(
            "AgentOther_InService", "AgentState_Ready", "AgentState_SetNotReady_Success", "AgentState_CancelNotReady_Success");
    }

    private static InMemoryGateway Delayed(bool delayed, TimeSpan? delay = null) => InMemoryGateway.Create(o =>
    {
        if (delayed)
        {
            o.Variations.Add(GatewayVariation.EventsDelayed);
        }

        o.EventDelay = delay ?? Delay;
    });

    private static async Task<string> Drained(InMemoryGateway gateway, TimeSpan delay)
    {
        var guid = await gateway.SignInAsync();
        gateway.Time.Advance(delay);
        (await gateway.PollAsync("41001", guid)).EventType.Should().Be("AgentOther_InService");
        (await gateway.PollAsync("41001", guid)).EventType.Should().Be("AgentState_Ready");
        return guid;
    }
}
