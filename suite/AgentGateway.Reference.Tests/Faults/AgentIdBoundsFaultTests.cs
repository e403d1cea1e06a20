using AgentGateway.Reference.Tests.Support;

namespace AgentGateway.Reference.Tests.Faults;

public sealed partial class AgentIdBoundsFaultTests
{
    [TestCase("default", "100", false, "000-002")]
    [TestCase("default", "100", true, "0")]
    [TestCase("2025", "100", true, "0")]
    [TestCase("default", "99", true, "000-002")]
    [FaultTest(GatewayFault.AgentIdAccepts100)]
    public async Task Agent_id_accepts_100_signs_in_and_syncs_agent_100(string edition, string agentId, bool faulty, string retcode)
    {
        await ExpectSignInAndSync(edition, agentId, faulty ? GatewayFault.AgentIdAccepts100 : null, retcode);
    }

    [TestCase("default", "60000", false, "000-002")]
    [TestCase("default", "60000", true, "0")]
    [TestCase("default", "60001", true, "000-002")]
    [TestCase("2025", "1000000", false, "000-002")]
    [TestCase("2025", "1000000", true, "0")]
    [FaultTest(GatewayFault.AgentIdAccepts60000)]
    public async Task Agent_id_accepts_60000_signs_in_one_above_the_editions_upper_edge(
        string edition, string agentId, bool faulty, string retcode)
    {
        await ExpectSignInAndSync(edition, agentId, faulty ? GatewayFault.AgentIdAccepts60000 : null, retcode);
    }

    [TestCase("default", "101", false, "0")]
    [TestCase("default", "101", true, "000-002")]
    [TestCase("2025", "101", true, "000-002")]
    [TestCase("default", "102", true, "0")]
    [FaultTest(GatewayFault.AgentIdRefuses101)]
    public async Task Agent_id_refuses_101_refuses_the_lower_edge_with_000_002(string edition, string agentId, bool faulty, string retcode)
    {
        await ExpectSignInAndSync(edition, agentId, faulty ? GatewayFault.AgentIdRefuses101 : null, retcode);
    }

    [TestCase("default", "59999", false, "0")]
    [TestCase("default", "59999", true, "000-002")]
    [TestCase("2025", "999999", false, "0")]
    [TestCase("2025", "999999", true, "000-002")]
    [TestCase("2025", "59999", true, "0")]
    [FaultTest(GatewayFault.AgentIdRefuses59999)]
    public async Task Agent_id_refuses_59999_refuses_the_editions_upper_edge_with_000_002(
        string edition, string agentId, bool faulty, string retcode)
    {
        await ExpectSignInAndSync(edition, agentId, faulty ? GatewayFault.AgentIdRefuses59999 : null, retcode);
    }

    private static async Task ExpectSignInAndSync(string edition, string agentId, GatewayFault? fault, string retcode)
    {
        using var gateway = InMemoryGateway.Create(o =>
        {
            o.Edition = edition;
            if (fault is { } on)
            {
                o.Faults.Add(on);
            }
        });

        var signIn = await gateway.SignInRawAsync(agentId);
        var sync = await gateway.SyncAsync(agentId, signIn.SetGuid);

        signIn.Status.Should().Be(200);
        signIn.Retcode.Should().Be(retcode);
        sync.Status.Should().Be(200);
        sync.Retcode.Should().Be(retcode);
    }
}
