using AgentGateway.Reference.Tests.Support;

namespace AgentGateway.Reference.Tests.Faults;

public sealed partial class HeaderEnforcementFaultTests
{
    [TestCase(false, "100-006")]
    [TestCase(true, "0")]
    [FaultTest(GatewayFault.UnknownAgentSynced)]
    public async Task Unknown_agent_synced_answers_a_sync_for_an_agent_that_never_signed_in(bool faulty, string retcode)
    {
        using var gateway = faulty ? InMemoryGateway.WithFaults(GatewayFault.UnknownAgentSynced) : InMemoryGateway.Create();
        var guid = await gateway.SignInAsync("41001");

        var sync = await gateway.SyncAsync("52345", guid);

        sync.Retcode.Should().Be(retcode);
        if (faulty)
        {
            sync.StateInfo!["workNo"]!.GetValue<string>().Should().Be("52345");
            sync.StateInfo!["state"]!.GetValue<int>().Should().Be(1);
            sync.StateInfo!["lastState"]!.GetValue<int>().Should().Be(255);
        }
        else
        {
            sync.StateInfo.Should().BeNull();
        }
    }

    [Test]
    [FaultTest(GatewayFault.UnknownAgentSynced)]
    public async Task Unknown_agent_synced_still_refuses_an_agent_that_signed_out()
    {
        using var gateway = InMemoryGateway.WithFaults(GatewayFault.UnknownAgentSynced);
        var guid = await gateway.SignInAsync();
        (await gateway.SendAsync("DELETE", "onlineagent/41001/logout", guid)).Retcode.Should().Be("0");

        (await gateway.SyncAsync("41001", guid)).Retcode.Should().Be("100-006");
    }

    [TestCase(false, "100-006")]
    [TestCase(true, "0")]
    [FaultTest(GatewayFault.SessionNeverTimesOut)]
    public async Task Session_never_times_out_keeps_an_agent_without_requests_signed_in(bool faulty, string retcode)
    {
        using var gateway = faulty ? InMemoryGateway.WithFaults(GatewayFault.SessionNeverTimesOut) : InMemoryGateway.Create();
        var guid = await gateway.SignInAsync();

        gateway.Time.Advance(gateway.Options.SessionTimeout + TimeSpan.FromSeconds(5));

        (await gateway.SyncAsync("41001", guid)).Retcode.Should().Be(retcode);
    }
}
