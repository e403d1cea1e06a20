using AgentGateway.Reference.Tests.Support;

namespace AgentGateway.Reference.Tests.Faults;

public sealed partial class GuidRotationFaultTests
{
    private const string BareGuid = @"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.AgentGateway0$";

    [Test]
    [FaultTest(GatewayFault.SetGuidWithoutPrefix)]
    public async Task Set_guid_without_prefix_sends_the_bare_guid_at_sign_in_and_on_rotation()
    {
        using var gateway = InMemoryGateway.WithFaults(GatewayFault.SetGuidWithoutPrefix);

        var signIn = await gateway.SignInRawAsync("41001");
        var guid = signIn.Headers["Set-GUID"];
        gateway.Time.Advance(gateway.Options.GuidInterval);
        var poll = await gateway.PollAsync("41001", guid);

        guid.Should().MatchRegex(BareGuid);
        (await gateway.SyncAsync("41001", guid)).Retcode.Should().Be("0");
        poll.Retcode.Should().Be("0");
        poll.Headers["Set-GUID"].Should().MatchRegex(BareGuid).And.NotBe(guid);
    }
}
