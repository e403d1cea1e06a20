using AgentGateway.Reference.Tests.Support;

namespace AgentGateway.Reference.Tests.Http;

public class GuidRotationTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    [Test]
    public async Task AUTHMODE_2_rotates_the_Guid_every_GUIDINTERVAL_and_sends_it_in_Set_GUID_on_a_poll()
    {
        using var gateway = InMemoryGateway.Create(o => o.SessionTimeout = TimeSpan.FromMinutes(10));
        var guid = await gateway.SignInAsync();
        var seen = new List<string> { guid };

        for (var round = 0; round < 3; round++)
        {
            gateway.Time.Advance(Interval - TimeSpan.FromSeconds(1));
            (await gateway.ActAsync("41001", guid, "saybusy")).Retcode.Should().Be("0");
            (await gateway.PollAsync("41001", guid)).Headers.Should().NotContainKey("Set-GUID", "the Guid is not yet {0} old", Interval);

            gateway.Time.Advance(TimeSpan.FromSeconds(1));
            (await gateway.ActAsync("41001", guid, "saybusy")).Retcode.Should().Be("0");
            var poll = await gateway.PollAsync("41001", guid);

            poll.Retcode.Should().Be("0");
            poll.SetGuid.Should().MatchRegex(@"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.AgentGateway0$");
            seen.Should().NotContain(poll.SetGuid);
            guid = poll.SetGuid!;
            seen.Add(guid);
        }
    }

    [Test]
    public async Task Rotation_goes_out_only_on_poll_responses()
    {
        using var gateway = InMemoryGateway.Create();
        var guid = await gateway.SignInAsync();
        gateway.Time.Advance(Interval + TimeSpan.FromSeconds(5));

        var sync = await gateway.SyncAsync("41001", guid);
        var busy = await gateway.ActAsync("41001", guid, "saybusy");
        var poll = await gateway.PollAsync("41001", guid);

        sync.Headers.Should().NotContainKey("Set-GUID");
        busy.Headers.Should().NotContainKey("Set-GUID");
        poll.SetGuid.Should().NotBeNull().And.NotBe(guid);
    }

    [Test]
    public async Task The_previous_Guid_is_accepted_until_GUIDTIMEOUT_after_rotation_then_refused()
    {
        using var gateway = InMemoryGateway.Create();
        var old = await gateway.SignInAsync();
        gateway.Time.Advance(Interval);
        var current = (await gateway.PollAsync("41001", old)).SetGuid!;

        gateway.Time.Advance(Timeout - TimeSpan.FromMilliseconds(1));
        (await gateway.SyncAsync("41001", old)).Retcode.Should().Be("0");
        gateway.Time.Advance(TimeSpan.FromMilliseconds(1));

        var late = await gateway.SyncAsync("41001", old);
        late.Retcode.Should().Be("000-003");
        late.StateInfo.Should().BeNull();
        (await gateway.ActAsync("41001", old, "saybusy")).Retcode.Should().Be("000-003");
        (await gateway.PollAsync("41001", old)).Retcode.Should().Be("000-003");
        (await gateway.SyncAsync("41001", current)).Retcode.Should().Be("0");
    }

    [Test]
    public async Task A_Guid_two_rotations_old_expires_GUIDTIMEOUT_after_it_was_replaced()
    {
        using var gateway = InMemoryGateway.Create(o => o.SessionTimeout = TimeSpan.FromMinutes(10));
        var first = await gateway.SignInAsync();
        gateway.Time.Advance(Interval);
        var second = (await gateway.PollAsync("41001", first)).SetGuid!;
        gateway.Time.Advance(Interval);
        var third = (await gateway.PollAsync("41001", second)).SetGuid!;

        third.Should().NotBe(second);
        (await gateway.SyncAsync("41001", first)).Retcode.Should().Be("0");
        gateway.Time.Advance(Timeout - Interval);
        (await gateway.SyncAsync("41001", first)).Retcode.Should().Be("000-003");
        (await gateway.SyncAsync("41001", second)).Retcode.Should().Be("0");
        (await gateway.SyncAsync("41001", third)).Retcode.Should().Be("0");
    }

    [Test]
    public async Task AUTHMODE_1_keeps_the_sign_in_Guid_for_the_whole_session()
    {
        using var gateway = InMemoryGateway.Create(o => o.AuthMode = 1);
        var guid = await gateway.SignInAsync();

        for (var elapsed = TimeSpan.Zero; elapsed < Timeout * 3; elapsed += gateway.Options.LongPollWait)
        {
            (await gateway.PollAsync("41001", guid)).Headers.Should().NotContainKey("Set-GUID");
        }

        (await gateway.SyncAsync("41001", guid)).Retcode.Should().Be("0");
    }

    [Test]
    public async Task Configured_interval_and_timeout_are_honoured()
    {
        using var gateway = InMemoryGateway.Create(o =>
        {
            o.GuidInterval = TimeSpan.FromSeconds(1);
            o.GuidTimeout = TimeSpan.FromSeconds(2);
        });
        var old = await gateway.SignInAsync();
        gateway.Time.Advance(TimeSpan.FromSeconds(1));

        var rotated = (await gateway.PollAsync("41001", old)).SetGuid;

        rotated.Should().NotBeNull();
        gateway.Time.Advance(TimeSpan.FromSeconds(2));
        (await gateway.SyncAsync("41001", old)).Retcode.Should().Be("000-003");
        (await gateway.SyncAsync("41001", rotated)).Retcode.Should().Be("0");
    }

    [Test]
    public async Task Guids_that_expired_after_rotation_are_forgotten_so_a_long_session_holds_no_growing_memory()
    {
        using var gateway = InMemoryGateway.Create(o =>
        {
            o.GuidInterval = TimeSpan.FromSeconds(1);
            o.GuidTimeout = TimeSpan.FromSeconds(2);
            o.LongPollWait = TimeSpan.FromSeconds(1);
        });
        var guid = await gateway.SignInAsync();

        for (var poll = 0; poll < 2_000; poll++)
        {
            guid = (await gateway.PollAsync("41001", guid)).SetGuid ?? guid;
        }

        (await gateway.SyncAsync("41001", guid)).Retcode.Should().Be("0");
        gateway.Handler.Registry.IssuedCount.Should().BeLessThanOrEqualTo(4);
    }
}
