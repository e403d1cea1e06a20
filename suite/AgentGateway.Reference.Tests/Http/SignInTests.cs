using System.Text.RegularExpressions;
using AgentGateway.Reference.Tests.Support;

namespace AgentGateway.Reference.Tests.Http;

public class SignInTests
{
    [Test]
    public async Task Sign_in_answers_the_documented_result_and_a_Set_GUID_header()
    {
        using var gateway = InMemoryGateway.Create(o => o.NodeIndex = 1);

        var reply = await gateway.SignInRawAsync("41001");

        reply.Status.Should().Be(200);
        reply.Retcode.Should().Be("0");
        reply.Json!["message"]!.GetValue<string>().Should().BeEmpty();
        reply.Json!["result"]!["workno"]!.GetValue<string>().Should().Be("41001");
        reply.Json!["result"]!["loginTime"]!.GetValue<string>().Should().Be(gateway.Time.GetUtcNow().ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        reply.Headers["Set-GUID"].Should().MatchRegex(@"^JSESSIONID=[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.AgentGateway1$");
    }

    [Test]
    public async Task Sign_in_accepts_numbers_and_booleans_as_json_values_or_strings()
    {
        using var gateway = InMemoryGateway.Create();

        var asStrings = await gateway.SignInRawAsync("41001", """{"password":"","phonenum":"1","status":"3","autoanswer":"false","agenttype":"4"}""");
        var asValues = await gateway.SignInRawAsync("41002", """{"password":"","phonenum":"2","status":5,"autoanswer":false,"agenttype":4}""");

        asStrings.Retcode.Should().Be("0");
        asValues.Retcode.Should().Be("0");
        gateway.Queued("41001").Should().Equal("AgentOther_InService", "AgentState_Ready", "AgentState_SetNotReady_Success");
        gateway.Queued("41002").Should().Equal("AgentOther_InService", "AgentState_Ready", "AgentState_Work");
    }

    [TestCase("""{"status":"7"}""", "100-011")]
    [TestCase("""{"autoanswer":"maybe"}""", "100-011")]
    [TestCase("""{"agenttype":"5"}""", "100-012")]
    [TestCase("""{"password":"012345678901234567890123456789012"}""", "100-011")]
    [TestCase("""[1,2]""", "100-001")]
    [TestCase("""{"password":""", "100-001")]
    [TestCase("", "100-001")]
    public async Task Sign_in_with_an_invalid_body_is_refused_and_signs_nobody_in(string body, string retcode)
    {
        using var gateway = InMemoryGateway.Create();

        var reply = await gateway.SignInRawAsync("41001", body);

        reply.Status.Should().Be(200);
        reply.Retcode.Should().Be(retcode);
        gateway.Session("41001").Should().BeNull();
    }

    [Test]
    public async Task A_second_sign_in_of_a_signed_in_agent_gives_100_002()
    {
        using var gateway = InMemoryGateway.Create();
        var guid = await gateway.SignInAsync();

        var again = await gateway.SignInRawAsync("41001");

        again.Retcode.Should().Be("100-002");
        (await gateway.SyncAsync("41001", guid)).Retcode.Should().Be("0");
    }

    [Test]
    public async Task Forcelogin_replaces_the_session_and_refuses_the_old_Guid()
    {
        using var gateway = InMemoryGateway.Create();
        var old = await gateway.SignInAsync();

        var forced = await gateway.SignInRawAsync("41001", force: true);

        forced.Retcode.Should().Be("0");
        forced.SetGuid.Should().NotBe(old);
        (await gateway.SyncAsync("41001", old)).Retcode.Should().Be("000-003");
        (await gateway.SyncAsync("41001", forced.SetGuid)).Retcode.Should().Be("0");
    }

    [Test]
    public async Task A_new_sign_in_starts_with_an_empty_queue_and_lastState_255()
    {
        using var gateway = InMemoryGateway.Create();
        var first = await gateway.SignInAsync();
        await gateway.ActAsync("41001", first, "saybusy?reason=201");
        await gateway.SendAsync("DELETE", "onlineagent/41001/logout", first);

        var second = await gateway.SignInAsync();

        gateway.Queued("41001").Should().Equal("AgentOther_InService", "AgentState_Ready");
        var sync = await gateway.SyncAsync("41001", second);
        sync.StateInfo!["lastState"]!.GetValue<int>().Should().Be(255);
        sync.StateInfo!["state"]!.GetValue<int>().Should().Be(1);
    }

    [Test]
    public async Task Configured_passwords_refuse_a_wrong_password_and_unknown_agents_with_100_004()
    {
        using var gateway = InMemoryGateway.Create(o => o.AgentPasswords["41001"] = "secret");

        (await gateway.SignInRawAsync("41001", """{"password":"wrong","phonenum":"1"}""")).Retcode.Should().Be("100-004");
        (await gateway.SignInRawAsync("41002", """{"password":"secret","phonenum":"1"}""")).Retcode.Should().Be("100-004");
        (await gateway.SignInRawAsync("41001", """{"password":"secret","phonenum":"1"}""")).Retcode.Should().Be("0");
    }

    [Test]
    public async Task Sign_out_ends_the_session_and_refuses_its_Guid_afterwards()
    {
        using var gateway = InMemoryGateway.Create();
        var guid = await gateway.SignInAsync();

        var logout = await gateway.SendAsync("DELETE", "onlineagent/41001/logout", guid);

        logout.Body.Should().Be("""{"result":{},"message":"success","retcode":"0"}""");
        gateway.Session("41001").Should().BeNull();
        (await gateway.SyncAsync("41001", guid)).Retcode.Should().Be("100-006");
    }

    [Test]
    public async Task Forcelogout_ends_the_session_and_drops_the_queue()
    {
        using var gateway = InMemoryGateway.Create();
        var guid = await gateway.SignInAsync();
        var session = gateway.Session("41001")!;

        var logout = await gateway.SendAsync("DELETE", "onlineagent/41001/forcelogout", guid);

        logout.Body.Should().Be("""{"message":"success","retcode":"0"}""");
        session.Events.Count.Should().Be(0);
        (await gateway.PollAsync("41001", guid)).Retcode.Should().Be("100-006");
    }

    [Test]
    public void The_guid_pattern_matches_what_the_documents_show()
    {
        Regex.IsMatch("279fe21d-2caa-4437-84c3-ab9e9dae20f5.AgentGateway0", @"^[0-9a-f-]{36}\.AgentGateway\d+$").Should().BeTrue();
    }
}
