using AgentGateway.Reference.Tests.Support;

namespace AgentGateway.Reference.Tests.Faults;

public sealed partial class HeaderEnforcementFaultTests
{
    private const string UnknownGuid = "279fe21d-2caa-4437-84c3-ab9e9dae20f5.AgentGateway0";

    [FaultTest(GatewayFault.GuidNotEnforced)]
    [TestCase(null, TestName = "Guid_not_enforced_lets_a_sync_without_Guid_succeed")]
    [TestCase(UnknownGuid, TestName = "Guid_not_enforced_lets_a_sync_with_an_unknown_Guid_succeed")]
    public async Task Guid_not_enforced_accepts_any_Guid_of_a_signed_in_agent(string? sent)
    {
        (await SyncWith([], sent)).Retcode.Should().Be("000-003");

        var faulty = await SyncWith([GatewayFault.GuidNotEnforced], sent);

        faulty.Retcode.Should().Be("0");
        faulty.StateInfo.Should().NotBeNull();
    }

    [Test]
    [FaultTest(GatewayFault.GuidNotEnforced)]
    public async Task Guid_not_enforced_still_answers_100_006_for_an_agent_not_signed_in()
    {
        using var gateway = InMemoryGateway.WithFaults(GatewayFault.GuidNotEnforced);

        (await gateway.SyncAsync("41001", null)).Retcode.Should().Be("100-006");
    }

    [TestCase(false, "000-003")]
    [TestCase(true, "0")]
    [FaultTest(GatewayFault.OtherAgentGuidAccepted)]
    public async Task Other_agent_guid_accepted_lets_one_agent_sync_with_another_agents_Guid(bool faulty, string retcode)
    {
        using var gateway = faulty ? InMemoryGateway.WithFaults(GatewayFault.OtherAgentGuidAccepted) : InMemoryGateway.Create();
        await gateway.SignInAsync("41001");
        var other = await gateway.SignInAsync("41002");

        var sync = await gateway.SyncAsync("41001", other);

        sync.Retcode.Should().Be(retcode);
        gateway.Queued("41001").Should().HaveCount(faulty ? 0 : 2);
    }

    [TestCase(false, "000-003")]
    [TestCase(true, "0")]
    [FaultTest(GatewayFault.OldSessionGuidAccepted)]
    public async Task Old_session_guid_accepted_lets_a_Guid_of_an_earlier_session_sync(bool faulty, string retcode)
    {
        using var gateway = faulty ? InMemoryGateway.WithFaults(GatewayFault.OldSessionGuidAccepted) : InMemoryGateway.Create();
        var old = await gateway.SignInAsync();
        (await gateway.SendAsync("DELETE", "onlineagent/41001/logout", old)).Retcode.Should().Be("0");
        await gateway.SignInAsync();

        (await gateway.SyncAsync("41001", old)).Retcode.Should().Be(retcode);
    }

    [Test]
    [FaultTest(GatewayFault.OldSessionGuidAccepted)]
    public async Task Old_session_guid_accepted_still_refuses_another_agents_Guid()
    {
        using var gateway = InMemoryGateway.WithFaults(GatewayFault.OldSessionGuidAccepted);
        await gateway.SignInAsync("41001");
        var other = await gateway.SignInAsync("41002");

        (await gateway.SyncAsync("41001", other)).Retcode.Should().Be("000-003");
    }

    [TestCase("guid", false, "0")]
    [TestCase("GUID", false, "0")]
    [TestCase("guid", true, "000-003")]
    [TestCase("GUID", true, "000-003")]
    [TestCase("Guid", true, "0")]
    [FaultTest(GatewayFault.GuidCaseSensitive)]
    public async Task Guid_case_sensitive_reads_only_a_header_named_exactly_Guid(string headerName, bool faulty, string retcode)
    {
        using var gateway = faulty ? InMemoryGateway.WithFaults(GatewayFault.GuidCaseSensitive) : InMemoryGateway.Create();
        var guid = await gateway.SignInAsync();

        (await gateway.SyncAsync("41001", guid, guidHeader: headerName)).Retcode.Should().Be(retcode);
    }

    private static async Task<Reply> SyncWith(GatewayFault[] faults, string? guid)
    {
        using var gateway = InMemoryGateway.WithFaults(faults);
        await gateway.SignInAsync();
        return await gateway.SyncAsync("41001", guid);
    }
}
