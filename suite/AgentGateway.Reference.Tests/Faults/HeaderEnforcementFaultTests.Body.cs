using AgentGateway.Reference.Tests.Support;

namespace AgentGateway.Reference.Tests.Faults;

public sealed partial class HeaderEnforcementFaultTests
{
    [TestCase("{}")]
    [TestCase("""{"unknown":"field","agentId":41001}""")]
    [FaultTest(GatewayFault.SyncBodyRefused)]
    public async Task Sync_body_refused_refuses_a_sync_with_a_body_where_the_gateway_ignores_it(string body)
    {
        using var conformant = InMemoryGateway.Create();
        using var faulty = InMemoryGateway.WithFaults(GatewayFault.SyncBodyRefused);

        var ignored = await conformant.SendAsync("POST", Sync, await conformant.SignInAsync(), body: body);
        var guid = await faulty.SignInAsync();
        var refused = await faulty.SendAsync("POST", Sync, guid, body: body);

        ignored.Retcode.Should().Be("0");
        refused.Status.Should().Be(200);
        refused.Retcode.Should().Be("000-002");
        refused.StateInfo.Should().BeNull();
        faulty.Queued("41001").Should().Equal("AgentOther_InService", "AgentState_Ready");
        (await faulty.SendAsync("POST", Sync, guid, body: "")).Retcode.Should().Be("0", "an empty body is no body");
        (await faulty.SyncAsync("41001", guid)).Retcode.Should().Be("0");
    }

    [Test]
    [FaultTest(GatewayFault.SyncBodyRefused)]
    public async Task Sync_body_refused_refuses_a_body_sent_over_a_socket()
    {
        var options = new ReferenceGatewayOptions { Faults = { GatewayFault.SyncBodyRefused } };
        await using var gateway = await ReferenceGateway.StartAsync(options);
        using var client = new GatewayClient(gateway.BaseUri, gateway.Certificate);
        var guid = (await client.SendAsync(HttpMethod.Put, "onlineagent/41001", null, InMemoryGateway.DocumentedBody)).SetGuid!;

        var refused = await client.SendAsync(HttpMethod.Post, Sync, guid, "{}");
        var accepted = await client.SyncAsync("41001", guid);

        refused.Retcode.Should().Be("000-002");
        accepted.Retcode.Should().Be("0");
    }
}
