using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Tests.Support;

namespace AgentGateway.Reference.Tests.Http;

public class GuidRulesTests
{
    [TestCase("Guid")]
    [TestCase("guid")]
    [TestCase("GUID")]
    public async Task The_Guid_header_name_is_case_insensitive(string headerName)
    {
        using var gateway = InMemoryGateway.Create();
        var guid = await gateway.SignInAsync();

        (await gateway.SyncAsync("41001", guid, guidHeader: headerName)).Retcode.Should().Be("0");
    }

    [TestCase(null, TestName = "A_missing_Guid_gives_000_003")]
    [TestCase("", TestName = "An_empty_Guid_gives_000_003")]
    [TestCase("not-a-guid", TestName = "A_malformed_Guid_gives_000_003")]
    [TestCase("279fe21d-2caa-4437-84c3-ab9e9dae20f5.AgentGateway0", TestName = "An_unknown_Guid_gives_000_003")]
    public async Task A_bad_Guid_of_a_signed_in_agent_is_refused_and_changes_nothing(string? sent)
    {
        using var gateway = InMemoryGateway.Create();
        var good = await gateway.SignInAsync();
        await gateway.ActAsync("41001", good, "saybusy?reason=205");
        var before = gateway.Queued("41001");

        var sync = await gateway.SyncAsync("41001", sent);
        var busy = await gateway.ActAsync("41001", sent, "sayfree");

        sync.Retcode.Should().Be("000-003");
        sync.StateInfo.Should().BeNull();
        busy.Retcode.Should().Be("000-003");
        gateway.Queued("41001").Should().Equal(before);
        gateway.Session("41001")!.State.Should().Be(AgentState.Busy);
    }

    [Test]
    public async Task Another_agents_Guid_is_refused_with_000_003()
    {
        using var gateway = InMemoryGateway.Create();
        await gateway.SignInAsync("41001");
        var other = await gateway.SignInAsync("41002");

        (await gateway.SyncAsync("41001", other)).Retcode.Should().Be("000-003");
        gateway.Queued("41001").Should().HaveCount(2);
    }

    [Test]
    public async Task An_earlier_sessions_Guid_is_refused_with_000_003()
    {
        using var gateway = InMemoryGateway.Create();
        var old = await gateway.SignInAsync();
        await gateway.SendAsync("DELETE", "onlineagent/41001/logout", old);
        await gateway.SignInAsync();

        (await gateway.SyncAsync("41001", old)).Retcode.Should().Be("000-003");
    }

    [Test]
    public async Task An_agent_not_signed_in_gets_100_006_whatever_the_Guid()
    {
        using var gateway = InMemoryGateway.Create();
        var other = await gateway.SignInAsync("41002");

        (await gateway.SyncAsync("41001", null)).Retcode.Should().Be("100-006");
        (await gateway.SyncAsync("41001", other)).Retcode.Should().Be("100-006");
        (await gateway.PollAsync("41001", other)).Retcode.Should().Be("100-006");
        (await gateway.ActAsync("41001", other, "saybusy")).Retcode.Should().Be("100-006");
    }

    [Test]
    public async Task A_refused_call_does_not_count_as_activity_of_the_agent()
    {
        using var gateway = InMemoryGateway.Create();
        var guid = await gateway.SignInAsync();
        gateway.Time.Advance(TimeSpan.FromSeconds(100));

        await gateway.SyncAsync("41001", "bogus");
        gateway.Time.Advance(TimeSpan.FromSeconds(20));

        (await gateway.SyncAsync("41001", guid)).Retcode.Should().Be("100-006");
    }
}
