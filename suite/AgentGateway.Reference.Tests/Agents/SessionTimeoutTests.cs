using AgentGateway.Reference.Tests.Support;

namespace AgentGateway.Reference.Tests.Agents;

public class SessionTimeoutTests
{
    private static readonly TimeSpan MaxTime = TimeSpan.FromSeconds(120);

    [Test]
    public async Task No_request_for_MAXTIME_signs_the_agent_out()
    {
        using var gateway = InMemoryGateway.Create();
        var guid = await gateway.SignInAsync();

        gateway.Time.Advance(MaxTime);

        (await gateway.SyncAsync("41001", guid)).Retcode.Should().Be("100-006");
        (await gateway.PollAsync("41001", guid)).Retcode.Should().Be("100-006");
        (await gateway.SignInRawAsync("41001")).Retcode.Should().Be("0");
    }

    [Test]
    public async Task A_request_just_before_MAXTIME_keeps_the_agent_signed_in()
    {
        using var gateway = InMemoryGateway.Create();
        var guid = await gateway.SignInAsync();

        for (var i = 0; i < 5; i++)
        {
            gateway.Time.Advance(MaxTime - TimeSpan.FromMilliseconds(1));
            (await gateway.SyncAsync("41001", guid)).Retcode.Should().Be("0", "request {0} came just in time", i);
        }
    }

    [Test]
    public async Task The_sweep_signs_out_an_idle_agent_without_any_request_and_drops_its_queue()
    {
        using var gateway = InMemoryGateway.Create();
        await gateway.SignInAsync();
        var session = gateway.Session("41001")!;

        gateway.Time.Advance(MaxTime + TimeSpan.FromSeconds(5));

        gateway.Session("41001").Should().BeNull();
        session.Ended.Should().BeTrue();
        session.Events.Count.Should().Be(0);
    }

    [Test]
    public async Task An_agent_that_keeps_polling_stays_signed_in_through_empty_polls()
    {
        using var gateway = InMemoryGateway.Create();
        var guid = await gateway.SignInAsync();

        for (var elapsed = TimeSpan.Zero; elapsed < MaxTime * 3; elapsed += gateway.Options.LongPollWait)
        {
            var poll = await gateway.PollAsync("41001", guid);
            poll.Retcode.Should().Be("0");
            guid = poll.SetGuid ?? guid;
        }

        (await gateway.SyncAsync("41001", guid)).Retcode.Should().Be("0");
    }

    [Test]
    public async Task A_poll_held_open_longer_than_MAXTIME_keeps_the_agent_signed_in()
    {
        using var gateway = InMemoryGateway.Create(o =>
        {
            o.SessionTimeout = TimeSpan.FromSeconds(5);
            o.LongPollWait = TimeSpan.FromSeconds(10);
        });
        var guid = await gateway.SignInAsync();
        await gateway.PollAsync("41001", guid);
        await gateway.PollAsync("41001", guid);
        var poll = gateway.BeginPollAsync("41001", guid);

        gateway.Time.Advance(TimeSpan.FromSeconds(9));
        gateway.Session("41001").Should().NotBeNull();
        gateway.Time.Advance(TimeSpan.FromSeconds(1));

        (await poll.WaitAsync(TimeSpan.FromSeconds(10))).Body.Should().Be("""{"message":"","retcode":"0"}""");
        (await gateway.SyncAsync("41001", guid)).Retcode.Should().Be("0");
    }

    [Test]
    public async Task Timing_out_one_agent_leaves_an_active_agent_signed_in()
    {
        using var gateway = InMemoryGateway.Create();
        await gateway.SignInAsync("41001");
        var active = await gateway.SignInAsync("41002");

        gateway.Time.Advance(MaxTime / 2);
        (await gateway.SyncAsync("41002", active)).Retcode.Should().Be("0");
        gateway.Time.Advance(MaxTime / 2 + TimeSpan.FromSeconds(5));

        gateway.Session("41001").Should().BeNull();
        gateway.Session("41002").Should().NotBeNull();
    }
}
