using AgentGateway.Reference.Tests.Support;
using static AgentGateway.Reference.Tests.Support.CallScene;

namespace AgentGateway.Reference.Tests.Calls;

/// <summary>The refusals of the call interfaces: session and Guid, the agent's call or its lack, the request body.</summary>
public class CallRefusalTests
{
    private static IEnumerable<TestCaseData> Interfaces()
    {
        yield return Case("PUT", "voicecall/41001/callinner", """{"called":"41002"}""", "callinner");
        yield return Case("PUT", "voicecall/41001/callout", """{"called":"88001"}""", "callout");
        yield return Case("PUT", "voicecall/41001/answer", null, "answer");
        yield return Case("POST", "voicecall/41001/hold", null, "hold");
        yield return Case("POST", "voicecall/41001/gethold", null, "gethold");
        yield return Case("DELETE", "voicecall/41001/release", null, "release");
        yield return Case("DELETE", "voicecall/41001", null, "legacy_release");
        yield return Case("POST", "onlineagent/41001/autoanswer/false", null, "autoanswer");
        yield return Case("POST", "onlineagent/41001/autoenteridle/false", null, "autoenteridle");

        static TestCaseData Case(string method, string path, string? body, string name) =>
            new TestCaseData(method, path, body).SetArgDisplayNames(name);
    }

    [TestCaseSource(nameof(Interfaces))]
    public async Task Every_call_interface_refuses_an_agent_that_is_not_signed_in_with_100_006(string method, string path, string? body)
    {
        using var gateway = InMemoryGateway.Create();
        await gateway.SignInAsync("41002");

        var reply = await gateway.SendAsync(method, path, "00000000-0000-0000-0000-000000000000.AgentGateway0", body);

        reply.Status.Should().Be(200);
        reply.Retcode.Should().Be("100-006");
        gateway.Queued("41002").Should().HaveCount(2, "the sign-in events only");
    }

    [TestCaseSource(nameof(Interfaces))]
    public async Task Every_call_interface_refuses_a_wrong_guid_with_000_003_and_changes_nothing(string method, string path, string? body)
    {
        using var scene = await TwoAgentsAsync(calleeAutoAnswer: true);
        await scene.CallInnerAsync(B, A);
        await scene.EventsAsync(A);

        var reply = await scene.Gateway.SendAsync(method, path, scene.Guid(B), body);

        reply.Retcode.Should().Be("000-003");
        scene.Gateway.Queued(A).Should().BeEmpty();
        (await scene.InfoAsync(A))["state"]!.GetValue<int>().Should().Be(9);
    }

    [Test]
    public async Task Answer_without_a_ringing_call_is_refused_with_200_002()
    {
        using var scene = await TwoAgentsAsync();

        (await scene.AnswerAsync(A)).Retcode.Should().Be("200-002");
        var callId = await CallIdOf(scene.CallInnerAsync(A, B));
        (await scene.AnswerAsync(A)).Retcode.Should().Be("200-002", "the caller's call does not ring at the caller");
        (await scene.AnswerAsync(B, callId + "0")).Retcode.Should().Be("200-002", "no call with that callid rings");
        (await scene.InfoAsync(B))["state"]!.GetValue<int>().Should().Be(8);
    }

    [Test]
    public async Task Hold_without_a_call_is_refused_with_200_005()
    {
        using var scene = await TwoAgentsAsync();

        (await scene.HoldAsync(A)).Retcode.Should().Be("200-005");
    }

    [Test]
    public async Task Hold_of_a_call_that_is_not_talking_is_refused_with_200_014()
    {
        using var scene = await TwoAgentsAsync();
        await scene.CallInnerAsync(A, B);

        (await scene.HoldAsync(A)).Retcode.Should().Be("200-014", "the call still rings");
        (await scene.AnswerAsync(B)).IsSuccess.Should().BeTrue();
        (await scene.HoldAsync(A)).IsSuccess.Should().BeTrue();
        (await scene.HoldAsync(A)).Retcode.Should().Be("200-014", "the call is held already");
        (await scene.InfoAsync(A))["state"]!.GetValue<int>().Should().Be(11);
    }

    [Test]
    public async Task Gethold_without_a_held_call_of_that_callid_is_refused_with_200_015()
    {
        using var scene = await TwoAgentsAsync(calleeAutoAnswer: true);

        (await scene.UnholdAsync(A)).Retcode.Should().Be("200-015", "there is no call");
        var callId = await CallIdOf(scene.CallInnerAsync(A, B));
        (await scene.UnholdAsync(A)).Retcode.Should().Be("200-015", "the call is not held");
        await scene.HoldAsync(A);
        (await scene.UnholdAsync(A, callId + "0")).Retcode.Should().Be("200-015", "no held call has that callid");
        (await scene.InfoAsync(A))["state"]!.GetValue<int>().Should().Be(11);
    }

    [Test]
    public async Task Release_without_a_call_is_refused_with_200_017()
    {
        using var scene = await TwoAgentsAsync();

        (await scene.ReleaseAsync(A)).Retcode.Should().Be("200-017");
        scene.Gateway.Queued(A).Should().BeEmpty();
    }

    [TestCase("", TestName = "A_call_without_a_body_is_refused_with_000_002")]
    [TestCase("{}", TestName = "A_call_without_a_called_number_is_refused_with_000_002")]
    [TestCase("""{"called":""}""", TestName = "A_call_to_an_empty_number_is_refused_with_000_002")]
    [TestCase("""{"called":"12a"}""", TestName = "A_call_to_a_number_with_a_letter_is_refused_with_000_002")]
    [TestCase("""{"called":"1234567890123456789012345"}""", TestName = "A_call_to_a_number_of_25_characters_is_refused_with_000_002")]
    [TestCase("""{"called":["41002"]}""", TestName = "A_call_whose_called_number_is_no_string_is_refused_with_000_002")]
    [TestCase("""{"called":"41002","caller":"40a38"}""", TestName = "A_call_whose_calling_number_is_not_digits_is_refused_with_000_002")]
    [TestCase("""{"called":"41002","skillid":"x"}""", TestName = "A_call_whose_skill_is_no_number_is_refused_with_000_002")]
    [TestCase("""["41002"]""", TestName = "A_call_whose_body_is_no_object_is_refused_with_000_002")]
    [TestCase("called=41002", TestName = "A_call_whose_body_is_not_json_is_refused_with_000_002")]
    public async Task A_call_request_that_breaks_the_documented_constraints_is_refused_and_changes_nothing(string body)
    {
        using var scene = await TwoAgentsAsync();

        var reply = await scene.CallInnerRawAsync(A, body);

        reply.Retcode.Should().Be("000-002");
        scene.Gateway.Queued(A).Should().BeEmpty();
        scene.Gateway.Queued(B).Should().BeEmpty();
        (await scene.InfoAsync(A))["state"]!.GetValue<int>().Should().Be(1);
    }

    [Test]
    public async Task A_callout_with_a_media_ability_outside_0_to_2_is_refused_with_000_002()
    {
        using var scene = await TwoAgentsAsync();

        (await scene.CallOutRawAsync(A, """{"called":"88001","mediaability":3}""")).Retcode.Should().Be("000-002");
        (await scene.CallOutRawAsync(A, """{"called":"88001","mediaability":"1"}""")).IsSuccess.Should().BeTrue();
    }

    [Test]
    public async Task Numbers_of_a_call_request_may_arrive_as_json_numbers()
    {
        using var scene = await TwoAgentsAsync(calleeAutoAnswer: true);

        var reply = await scene.CallInnerRawAsync(A, """{"called":41002,"caller":41001,"skillid":"7"}""");

        reply.IsSuccess.Should().BeTrue(reply.Body);
        (await scene.InfoAsync(B))["state"]!.GetValue<int>().Should().Be(9);
    }

    [TestCase("in-a-call", TestName = "An_agent_already_in_a_call_cannot_place_another_and_is_refused_with_100_007")]
    [TestCase("resting", TestName = "A_resting_agent_cannot_place_a_call_and_is_refused_with_100_007")]
    public async Task An_agent_that_cannot_place_a_call_is_refused_and_its_state_stays(string situation)
    {
        using var scene = await TwoAgentsAsync(calleeAutoAnswer: true);
        await scene.Gateway.ActAsync(A, scene.Guid(A), situation == "resting" ? "rest/60/0" : "saybusy");
        if (situation == "in-a-call")
        {
            await scene.CallOutAsync(A, "88001");
        }

        await scene.EventsAsync(A);

        (await scene.CallInnerAsync(A, B)).Retcode.Should().Be("100-007");
        (await scene.CallOutAsync(A, "88001")).Retcode.Should().Be("100-007");
        scene.Gateway.Queued(A).Should().BeEmpty();
        scene.Gateway.Queued(B).Should().BeEmpty();
        (await scene.InfoAsync(A))["state"]!.GetValue<int>().Should().Be(situation == "resting" ? 3 : 9);
    }

    [TestCase("true", true)]
    [TestCase("TRUE", true)]
    [TestCase("false", false)]
    [TestCase("no", false)]
    public async Task Autoanswer_is_on_for_true_and_off_for_another_string_of_up_to_five_characters(string flag, bool auto)
    {
        using var scene = await TwoAgentsAsync();

        (await scene.Gateway.ActAsync(B, scene.Guid(B), $"autoanswer/{flag}")).IsSuccess.Should().BeTrue();
        await scene.CallInnerAsync(A, B);

        (await scene.InfoAsync(B))["state"]!.GetValue<int>().Should().Be(auto ? 9 : 8);
    }

    [TestCase("autoanswer/sixsix")]
    [TestCase("autoenteridle/sixsix")]
    public async Task A_call_switch_longer_than_five_characters_is_refused_with_000_002(string action)
    {
        using var scene = await TwoAgentsAsync();

        (await scene.Gateway.ActAsync(A, scene.Guid(A), action)).Retcode.Should().Be("000-002");
    }

    [TestCase("GET", "voicecall/41001/callinner", "PUT")]
    [TestCase("POST", "voicecall/41001/answer", "PUT")]
    [TestCase("PUT", "voicecall/41001/hold", "POST")]
    [TestCase("GET", "voicecall/41001/release", "DELETE")]
    public async Task A_call_interface_answers_another_method_with_405_and_allow(string method, string path, string allowed)
    {
        using var gateway = InMemoryGateway.Create();

        var reply = await gateway.SendAsync(method, path);

        reply.Status.Should().Be(405);
        reply.Headers["Allow"].Should().Be(allowed);
    }
}
