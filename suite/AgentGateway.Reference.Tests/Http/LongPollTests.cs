using AgentGateway.Reference.Tests.Support;

namespace AgentGateway.Reference.Tests.Http;

public class LongPollTests
{
    private const string EmptyPoll = """{"message":"","retcode":"0"}""";

    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    [Test]
    public async Task A_queued_event_is_delivered_at_once_one_per_response_oldest_first()
    {
        using var gateway = InMemoryGateway.Create();
        var guid = await gateway.SignInAsync();

        var first = gateway.BeginPollAsync("41001", guid);
        var second = gateway.BeginPollAsync("41001", guid);

        first.IsCompleted.Should().BeTrue();
        second.IsCompleted.Should().BeTrue();
        (await first).Body.Should().Be("""
            {"message":"","retcode":"0","event":{"eventType":"AgentOther_InService","workNo":"41001","content":null}}
            """);
        (await second).EventType.Should().Be("AgentState_Ready");
    }

    [Test]
    public async Task A_queued_event_releases_a_waiting_poll_at_once()
    {
        using var gateway = InMemoryGateway.Create();
        var guid = await Drained(gateway);
        var started = gateway.Time.GetUtcNow();
        var poll = gateway.BeginPollAsync("41001", guid);
        poll.IsCompleted.Should().BeFalse();

        (await gateway.ActAsync("41001", guid, "saybusy?reason=209")).Retcode.Should().Be("0");

        var reply = await poll.WaitAsync(Budget);
        reply.Body.Should().Be("""
            {"message":"","retcode":"0","event":{"eventType":"AgentState_SetNotReady_Success","workNo":"41001","content":{"reason":"209"}}}
            """);
        gateway.Time.GetUtcNow().Should().Be(started);
    }

    [TestCase(10_000)]
    [TestCase(2_500)]
    [TestCase(100)]
    public async Task An_empty_poll_waits_the_configured_time_and_answers_exactly_the_empty_envelope(int waitMilliseconds)
    {
        var wait = TimeSpan.FromMilliseconds(waitMilliseconds);
        using var gateway = InMemoryGateway.Create(o => o.LongPollWait = wait);
        var guid = await Drained(gateway);
        var poll = gateway.BeginPollAsync("41001", guid);

        gateway.Time.Advance(wait - TimeSpan.FromMilliseconds(1));
        await Task.Delay(20);
        poll.IsCompleted.Should().BeFalse();
        gateway.Time.Advance(TimeSpan.FromMilliseconds(1));

        var reply = await poll.WaitAsync(Budget);
        reply.Status.Should().Be(200);
        reply.ContentType.Should().StartWith("application/json");
        reply.Body.Should().Be(EmptyPoll);
    }

    [Test]
    public async Task A_long_poll_of_zero_answers_an_empty_poll_at_once()
    {
        using var gateway = InMemoryGateway.Create(o => o.LongPollWait = TimeSpan.Zero);
        var guid = await Drained(gateway);

        var poll = gateway.BeginPollAsync("41001", guid);

        (await poll.WaitAsync(Budget)).Body.Should().Be(EmptyPoll);
    }

    [Test]
    public async Task An_event_of_another_agent_does_not_release_a_waiting_poll()
    {
        using var gateway = InMemoryGateway.Create();
        var guid = await Drained(gateway);
        var other = await gateway.SignInAsync("41002");
        var poll = gateway.BeginPollAsync("41001", guid);

        (await gateway.ActAsync("41002", other, "saybusy")).Retcode.Should().Be("0");
        await Task.Delay(20);

        poll.IsCompleted.Should().BeFalse();
        gateway.Time.Advance(gateway.Options.LongPollWait);
        (await poll.WaitAsync(Budget)).Body.Should().Be(EmptyPoll);
    }

    [Test]
    public async Task A_sync_while_a_poll_waits_leaves_the_poll_waiting_and_delivers_no_old_event()
    {
        using var gateway = InMemoryGateway.Create();
        var guid = await gateway.SignInAsync();
        (await gateway.SyncAsync("41001", guid)).Retcode.Should().Be("0");
        var poll = gateway.BeginPollAsync("41001", guid);

        (await gateway.SyncAsync("41001", guid)).Retcode.Should().Be("0");

        poll.IsCompleted.Should().BeFalse();
        (await gateway.ActAsync("41001", guid, "work")).Retcode.Should().Be("0");
        (await poll.WaitAsync(Budget)).EventType.Should().Be("AgentState_SetWork_Success");
    }

    [Test]
    public async Task Sign_out_releases_a_waiting_poll_with_100_006()
    {
        using var gateway = InMemoryGateway.Create();
        var guid = await Drained(gateway);
        var poll = gateway.BeginPollAsync("41001", guid);

        (await gateway.SendAsync("DELETE", "onlineagent/41001/logout", guid)).Retcode.Should().Be("0");

        (await poll.WaitAsync(Budget)).Retcode.Should().Be("100-006");
    }

    [Test]
    public async Task Stopping_the_gateway_releases_a_waiting_poll()
    {
        using var gateway = InMemoryGateway.Create();
        var guid = await Drained(gateway);
        var poll = gateway.BeginPollAsync("41001", guid);

        gateway.Handler.Stop();

        (await poll.WaitAsync(Budget)).Status.Should().Be(200);
    }

    [Test]
    public async Task A_poll_with_a_bad_Guid_is_refused_at_once_and_takes_no_event()
    {
        using var gateway = InMemoryGateway.Create();
        await gateway.SignInAsync();

        var poll = gateway.BeginPollAsync("41001", "bogus");

        poll.IsCompleted.Should().BeTrue();
        (await poll).Retcode.Should().Be("000-003");
        gateway.Queued("41001").Should().HaveCount(2);
    }

    [Test]
    public async Task Edition_2025_events_carry_eventGenTime_and_the_default_edition_does_not()
    {
        using var current = InMemoryGateway.Create(o => o.Edition = "2025");
        using var published = InMemoryGateway.Create();
        var currentGuid = await current.SignInAsync();
        var publishedGuid = await published.SignInAsync();

        var withTime = await current.PollAsync("41001", currentGuid);
        var withoutTime = await published.PollAsync("41001", publishedGuid);

        withTime.Json!["event"]!["eventGenTime"]!.GetValue<long>().Should().Be(current.Time.GetUtcNow().ToUnixTimeMilliseconds());
        withoutTime.Json!["event"]!.AsObject().ContainsKey("eventGenTime").Should().BeFalse();
    }

    private static async Task<string> Drained(InMemoryGateway gateway, string agentId = "41001")
    {
        var guid = await gateway.SignInAsync(agentId);
        (await gateway.PollAsync(agentId, guid)).EventType.Should().Be("AgentOther_InService");
        (await gateway.PollAsync(agentId, guid)).EventType.Should().Be("AgentState_Ready");
        return guid;
    }
}
