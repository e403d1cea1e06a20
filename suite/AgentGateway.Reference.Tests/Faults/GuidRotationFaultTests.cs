using AgentGateway.Reference.Tests.Support;

namespace AgentGateway.Reference.Tests.Faults;

public sealed partial class GuidRotationFaultTests
{
    [Test]
    [FaultTest(GatewayFault.SetGuidNotSent)]
    public async Task Set_guid_not_sent_rotates_silently_so_the_agents_Guid_expires()
    {
        using var gateway = InMemoryGateway.WithFaults(GatewayFault.SetGuidNotSent);
        var guid = await gateway.SignInAsync();
        gateway.Time.Advance(gateway.Options.GuidInterval);

        var poll = await gateway.PollAsync("41001", guid);

        poll.Retcode.Should().Be("0");
        poll.Headers.Should().NotContainKey("Set-GUID");
        gateway.Session("41001")!.CurrentGuid.Should().NotBe(guid);
        gateway.Time.Advance(gateway.Options.GuidTimeout - TimeSpan.FromSeconds(1));
        (await gateway.SyncAsync("41001", guid)).Retcode.Should().Be("0");
        gateway.Time.Advance(TimeSpan.FromSeconds(1));
        (await gateway.SyncAsync("41001", guid)).Retcode.Should().Be("000-003");
    }

    [Test]
    public async Task Without_the_fault_the_rotated_Guid_arrives_in_Set_GUID_and_works_after_the_old_one_expired()
    {
        using var gateway = InMemoryGateway.Create();
        var guid = await gateway.SignInAsync();
        gateway.Time.Advance(gateway.Options.GuidInterval);

        var poll = await gateway.PollAsync("41001", guid);

        poll.SetGuid.Should().NotBeNull().And.NotBe(guid);
        gateway.Time.Advance(gateway.Options.GuidTimeout / 2);
        (await gateway.SyncAsync("41001", poll.SetGuid)).Retcode.Should().Be("0");
        gateway.Time.Advance(gateway.Options.GuidTimeout / 2);
        (await gateway.SyncAsync("41001", guid)).Retcode.Should().Be("000-003");
        (await gateway.SyncAsync("41001", poll.SetGuid)).Retcode.Should().Be("0");
    }
}
