using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Tests.Support;

namespace AgentGateway.Reference.Tests.Faults;

public sealed partial class AgentIdBoundsFaultTests
{
    [TestCase(false, "000-002")]
    [TestCase(true, "0")]
    [FaultTest(GatewayFault.LeadingZeroIdBlankState)]
    public async Task Leading_zero_id_blank_state_answers_041001_with_the_state_of_an_agent_just_signed_in(bool faulty, string retcode)
    {
        using var gateway = faulty ? InMemoryGateway.WithFaults(GatewayFault.LeadingZeroIdBlankState) : InMemoryGateway.Create();
        var guid = await gateway.SignInAsync("41001");
        (await gateway.ActAsync("41001", guid, "saybusy")).Retcode.Should().Be("0");

        var sync = await gateway.SyncAsync("041001", guid);

        sync.Retcode.Should().Be(retcode);
        if (faulty)
        {
            sync.StateInfo!["workNo"]!.GetValue<string>().Should().Be("041001");
            sync.StateInfo!["state"]!.GetValue<int>().Should().Be(1, "the gateway knows no agent 041001 and makes one up");
        }
        else
        {
            sync.StateInfo.Should().BeNull();
        }

        gateway.Session("41001")!.State.Should().Be(AgentState.Busy);
        gateway.Queued("41001").Should().HaveCount(3, "neither answer touches agent 41001");
    }

    [Test]
    [FaultTest(GatewayFault.LeadingZeroIdBlankState)]
    public async Task Leading_zero_id_blank_state_still_refuses_an_agent_that_never_signed_in_without_a_leading_zero()
    {
        using var gateway = InMemoryGateway.WithFaults(GatewayFault.LeadingZeroIdBlankState);
        var guid = await gateway.SignInAsync("41001");

        (await gateway.SyncAsync("52345", guid)).Retcode.Should().Be("100-006");
        (await gateway.SyncAsync("0", guid)).Retcode.Should().Be("000-002");
    }
}
