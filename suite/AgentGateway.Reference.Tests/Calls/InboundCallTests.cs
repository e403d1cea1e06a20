using AgentGateway.Reference.Cli;
using AgentGateway.Reference.Tests.Support;
using static AgentGateway.Reference.Tests.Support.CallScene;

namespace AgentGateway.Reference.Tests.Calls;

/// <summary>Inbound calls from a far-end number, placed through the control endpoint POST /reference/calls/inbound.</summary>
public class InboundCallTests
{
    private static IEnumerable<TestCaseData> Refusals()
    {
        var cases = new (string Name, string Body, string Retcode)[]
        {
            ("an_agent_not_signed_in_with_100_006", """{"agentId":"41003","caller":"88001"}""", "100-006"),
            ("a_busy_agent_with_100_007", """{"agentId":"41002","caller":"88001"}""", "100-007"),
            ("an_agent_in_a_call_with_100_007", """{"agentId":"41001","caller":"88001"}""", "100-007"),
            ("an_invalid_agent_ID_with_000_002", """{"agentId":"60000","caller":"88001"}""", "000-002"),
            ("a_body_without_caller_with_000_002", """{"agentId":"41002"}""", "000-002"),
            ("a_caller_that_is_no_number_with_000_002", """{"agentId":"41002","caller":"8x"}""", "000-002"),
            ("a_body_that_is_not_json_with_000_002", "not json", "000-002"),
        };
        foreach (var (name, body, retcode) in cases)
        {
            yield return new TestCaseData(body, retcode).SetName($"The_control_endpoint_refuses_{name}");
        }
    }

    [Test]
    public async Task The_control_endpoint_offers_an_inbound_call_that_rings_until_the_agent_answers_it()
    {
        using var scene = Create();
        await scene.SignInAsync(B, autoAnswer: false);

        var callId = await CallIdOf(scene.InboundAsync(B, "88001"));

        var offered = await scene.EventsAsync(B);
        offered.Select(e => e.Type).Should().Equal("AgentState_Busy", "AgentEvent_Ringing", "AgentEvent_Customer_Alerting");
        offered[1].Field("caller").Should().Be("88001");
        offered[1].Field("called").Should().Be("a" + B);
        offered[1].Field("feature").Should().Be("0");
        offered[2].Field("otherPhone").Should().Be("88001");
        SyncFields.Of(await scene.InfoAsync(B), ["state", .. SyncFields.Call]).Should().BeEquivalentTo(SyncFields.InCall(new()
        {
            ["state"] = 8, ["curCallId"] = callId, ["mainCallId"] = callId, ["callerNo"] = "88001", ["calledNo"] = B,
            ["partner"] = "88001",
        }));
        (await scene.AnswerAsync(B)).IsSuccess.Should().BeTrue();
        (await scene.EventsAsync(B)).Select(e => (e.Type, e.CallId)).Should().Equal(("AgentEvent_Talking", callId));
        (await scene.InfoAsync(B))["state"]!.GetValue<int>().Should().Be(9);
    }

    [Test]
    public async Task An_inbound_call_to_an_auto_answer_agent_talks_at_once_and_is_released_by_the_agent()
    {
        using var scene = Create();
        await scene.SignInAsync(B);

        var callId = await CallIdOf(scene.InboundAsync(B, "88001"));
        (await scene.EventTypesAsync(B)).Should().Equal(
            "AgentState_Busy", "AgentEvent_Auto_Answer", "AgentEvent_Customer_Alerting", "AgentEvent_Talking");
        await scene.ReleaseAsync(B);

        var released = await scene.EventsAsync(B);
        released.Select(e => e.Type).Should().Equal("AgentEvent_Call_Release", "AgentEvent_Customer_Release", "AgentState_Ready");
        released[1].Field("number").Should().Be("88001");
        released[0].CallId.Should().Be(callId);
    }

    [Test]
    public async Task An_inbound_call_the_agent_does_not_answer_ends_with_no_answer_after_the_ring_timeout()
    {
        using var scene = Create(o => o.RingTimeout = TimeSpan.FromSeconds(10));
        await scene.SignInAsync(B, autoAnswer: false);
        var callId = await CallIdOf(scene.InboundAsync(B, "88001"));
        await scene.EventsAsync(B);

        scene.Advance(TimeSpan.FromSeconds(10));

        (await scene.EventsAsync(B)).Select(e => (e.Type, e.CallId)).Should().Equal(
            ("AgentEvent_No_Answer", callId), ("AgentState_Ready", null));
        (await scene.InfoAsync(B))["state"]!.GetValue<int>().Should().Be(1);
    }

    [Test]
    public async Task The_control_endpoint_takes_the_dialled_number_and_call_data_when_given()
    {
        using var scene = Create();
        await scene.SignInAsync(B);

        await scene.Gateway.SendAsync("POST", "/reference/calls/inbound",
            body: """{"agentId":41002,"caller":"88001","called":"10086","callappdata":"vip"}""");

        var info = await scene.InfoAsync(B);
        info["calledNo"]!.GetValue<string>().Should().Be("10086");
        info["callData"]!.GetValue<string>().Should().Be("vip");
    }

    [TestCaseSource(nameof(Refusals))]
    public async Task The_control_endpoint_refuses_what_it_cannot_place(string body, string retcode)
    {
        using var scene = Create();
        await scene.SignInAsync(A);
        await scene.SignInAsync(B);
        await scene.Gateway.ActAsync(B, scene.Guid(B), "saybusy");
        await scene.CallOutAsync(A, "88001");
        await scene.EventsAsync(B);

        var reply = await scene.Gateway.SendAsync("POST", "/reference/calls/inbound", body: body);

        reply.Status.Should().Be(200);
        reply.Retcode.Should().Be(retcode);
        scene.Gateway.Queued(B).Should().BeEmpty();
    }

    [Test]
    public async Task The_control_endpoint_answers_only_post()
    {
        using var gateway = InMemoryGateway.Create();

        var reply = await gateway.SendAsync("GET", "/reference/calls/inbound");

        reply.Status.Should().Be(405);
        reply.Headers["Allow"].Should().Be("POST");
    }

    [Test]
    public async Task With_the_control_endpoint_off_its_path_answers_404()
    {
        using var gateway = InMemoryGateway.Create(o => o.ControlEndpoint = false);
        await gateway.SignInAsync("41002");

        var reply = await gateway.SendAsync("POST", "/reference/calls/inbound", body: """{"agentId":"41002","caller":"88001"}""");

        reply.Status.Should().Be(404);
        gateway.Session("41002")!.Call.Should().BeNull();
    }

    [Test]
    public void The_embedded_gateway_has_the_control_endpoint_on_and_the_standalone_one_off_unless_asked()
    {
        new ReferenceGatewayOptions().ControlEndpoint.Should().BeTrue();
        StandaloneCommandLine.Parse([]).Gateway.ControlEndpoint.Should().BeFalse();
        StandaloneCommandLine.Parse(["--control-endpoint"]).Gateway.ControlEndpoint.Should().BeTrue();
    }
}
