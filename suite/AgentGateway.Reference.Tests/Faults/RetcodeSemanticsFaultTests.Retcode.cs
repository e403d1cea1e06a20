using AgentGateway.Reference.Tests.Support;

namespace AgentGateway.Reference.Tests.Faults;

public sealed partial class RetcodeSemanticsFaultTests
{
    private const string UnknownGuid = "0f8fad5b-d9cb-469f-a165-70867728950e.AgentGateway0";

    [Test]
    [FaultTest(GatewayFault.GuidRefusalAsHttp401)]
    public async Task Guid_refusal_as_http_401_answers_401_and_403_where_the_gateway_answers_200()
    {
        using var conformant = InMemoryGateway.Create();
        using var faulty = InMemoryGateway.WithFaults(GatewayFault.GuidRefusalAsHttp401);
        await conformant.SignInAsync();
        await faulty.SignInAsync();

        var documented = await conformant.SyncAsync("41001", UnknownGuid);
        var unauthorized = await faulty.SyncAsync("41001", UnknownGuid);
        var forbidden = await faulty.SyncAsync("41002", UnknownGuid);
        var invalidId = await faulty.SyncAsync("100", UnknownGuid);

        documented.Status.Should().Be(200);
        documented.Retcode.Should().Be("000-003");
        unauthorized.Status.Should().Be(401);
        unauthorized.Retcode.Should().Be("000-003");
        forbidden.Status.Should().Be(403);
        forbidden.Retcode.Should().Be("100-006");
        invalidId.Status.Should().Be(200);
        invalidId.Retcode.Should().Be("000-002");
    }

    [Test]
    [FaultTest(GatewayFault.RetcodeWithoutDash)]
    public async Task Retcode_without_dash_drops_the_dash_from_every_sync_failure()
    {
        using var gateway = InMemoryGateway.WithFaults(GatewayFault.RetcodeWithoutDash);
        var guid = await gateway.SignInAsync();

        (await gateway.SyncAsync("41001", UnknownGuid)).Retcode.Should().Be("000003");
        (await gateway.SyncAsync("41002", UnknownGuid)).Retcode.Should().Be("100006");
        (await gateway.SyncAsync("100", guid)).Retcode.Should().Be("000002");
        (await gateway.SyncAsync("41001", guid)).Retcode.Should().Be("0");
        (await gateway.SignInRawAsync("41001")).Retcode.Should().Be("100-002", "only syncagentinfo is affected");
    }

    [Test]
    [FaultTest(GatewayFault.UndocumentedRetcode)]
    public async Task Undocumented_retcode_answers_a_guid_refusal_with_100_099()
    {
        using var conformant = InMemoryGateway.Create();
        using var faulty = InMemoryGateway.WithFaults(GatewayFault.UndocumentedRetcode);
        await conformant.SignInAsync();
        await faulty.SignInAsync();

        (await conformant.SyncAsync("41001", UnknownGuid)).Retcode.Should().Be("000-003");
        (await faulty.SyncAsync("41001", UnknownGuid)).Retcode.Should().Be("100-099");
        (await faulty.SyncAsync("41001", null)).Retcode.Should().Be("100-099");
        (await faulty.SyncAsync("41002", UnknownGuid)).Retcode.Should().Be("100-006");
    }

    [Test]
    [FaultTest(GatewayFault.FailureCarriesState)]
    public async Task Failure_carries_state_adds_agent_state_info_to_a_guid_refusal()
    {
        using var conformant = InMemoryGateway.Create();
        using var faulty = InMemoryGateway.WithFaults(GatewayFault.FailureCarriesState);
        await conformant.SignInAsync();
        await faulty.SignInAsync();

        var documented = await conformant.SyncAsync("41001", UnknownGuid);
        var leaking = await faulty.SyncAsync("41001", UnknownGuid);

        documented.StateInfo.Should().BeNull();
        leaking.Retcode.Should().Be("000-003");
        leaking.StateInfo!["workNo"]!.GetValue<string>().Should().Be("41001");
        leaking.StateInfo["state"]!.GetValue<int>().Should().Be(1);
        faulty.Queued("41001").Should().Equal("AgentOther_InService", "AgentState_Ready");
    }
}
