using AgentGateway.Reference.Tests.Support;
using static AgentGateway.Reference.Tests.Support.CallScene;

namespace AgentGateway.Reference.Tests.Calls;

/// <summary>callout to the simulated far ends: a number that answers, one that rings unanswered, one that is busy.</summary>
public class OutboundCallTests
{
    private const string Answers = "88001";
    private const string Rings = "88002";
    private const string IsBusy = "88003";

    [Test]
    public async Task A_call_to_an_answering_number_talks_at_once_with_the_outbound_call_type()
    {
        using var scene = await OneAgentAsync();

        var callId = await CallIdOf(scene.CallOutAsync(A, Answers));

        var events = await scene.EventsAsync(A);
        events.Select(e => e.Type).Should().Equal("AgentState_Busy", "AgentEvent_Customer_Alerting", "AgentEvent_Talking");
        events.Skip(1).Select(e => e.CallId).Should().OnlyContain(id => id == callId);
        events[1].Field("otherPhone").Should().Be(Answers);
        events[1].Field("otherPhoneWorkno").Should().BeEmpty();
        events[2].Field("feature").Should().Be("7");
        SyncFields.Of(await scene.InfoAsync(A), ["state", "lastState", .. SyncFields.Call]).Should().BeEquivalentTo(
            SyncFields.InCall(new()
            {
                ["state"] = 9, ["lastState"] = 6, ["callFeature"] = 7, ["talkingCallfeature"] = 7, ["curCommand"] = 4,
                ["cmdBeginTime"] = scene.NowMilliseconds, ["curCallId"] = callId, ["mainCallId"] = callId, ["callerNo"] = A,
                ["calledNo"] = Answers, ["partner"] = Answers, ["beginTalkingTime"] = scene.NowMilliseconds,
                ["firsttalkingFlag"] = true,
            }));
    }

    [Test]
    public async Task A_call_to_an_answering_number_is_released_like_any_call()
    {
        using var scene = await OneAgentAsync();
        var callId = await CallIdOf(scene.CallOutAsync(A, Answers));
        await scene.EventsAsync(A);

        await scene.ReleaseAsync(A);

        var events = await scene.EventsAsync(A);
        events.Select(e => e.Type).Should().Equal("AgentEvent_Call_Release", "AgentEvent_Customer_Release", "AgentState_Ready");
        events[1].Field("number").Should().Be(Answers);
        events[1].CallId.Should().Be(callId);
        SyncFields.Of(await scene.InfoAsync(A), SyncFields.Call).Should().BeEquivalentTo(SyncFields.Idle);
    }

    [Test]
    public async Task A_call_to_a_ringing_number_stays_outbound_calling_until_the_ring_timeout_fails_it()
    {
        using var scene = await OneAgentAsync(o => o.RingTimeout = TimeSpan.FromSeconds(25));
        var callId = await CallIdOf(scene.CallOutAsync(A, Rings));
        (await scene.EventTypesAsync(A)).Should().Equal("AgentState_Busy", "AgentEvent_Customer_Alerting");

        scene.Advance(TimeSpan.FromSeconds(24));
        var ringing = await scene.InfoAsync(A);
        scene.Advance(TimeSpan.FromSeconds(1));

        SyncFields.Of(ringing, ["state", "talkingCallfeature", "curCallId", "beginTalkingTime", "firsttalkingFlag"]).Should()
            .BeEquivalentTo(new Dictionary<string, object?>
            {
                ["state"] = 6, ["talkingCallfeature"] = 0, ["curCallId"] = callId, ["beginTalkingTime"] = "",
                ["firsttalkingFlag"] = false,
            });
        (await scene.EventsAsync(A)).Select(e => (e.Type, e.CallId)).Should().Equal(
            ("AgentEvent_Call_Out_Fail", callId), ("AgentEvent_Connect_Fail", callId), ("AgentState_Ready", null));
        SyncFields.Of(await scene.InfoAsync(A), ["state", .. SyncFields.Call]).Should().BeEquivalentTo(
            SyncFields.InCall(new() { ["state"] = 1 }));
    }

    [Test]
    public async Task Releasing_a_call_to_a_ringing_number_ends_it_before_the_ring_timeout()
    {
        using var scene = await OneAgentAsync();
        var callId = await CallIdOf(scene.CallOutAsync(A, Rings));
        await scene.EventsAsync(A);

        await scene.ReleaseAsync(A);
        scene.Advance(TimeSpan.FromMinutes(2));

        (await scene.EventsAsync(A)).Select(e => (e.Type, e.CallId)).Should().Equal(
            ("AgentEvent_Call_Release", callId), ("AgentState_Ready", null));
    }

    [Test]
    public async Task A_call_to_a_busy_number_is_placed_and_fails_at_once()
    {
        using var scene = await OneAgentAsync();

        var callId = await CallIdOf(scene.CallOutAsync(A, IsBusy));

        (await scene.EventsAsync(A)).Select(e => (e.Type, e.CallId)).Should().Equal(
            ("AgentState_Busy", null), ("AgentEvent_Call_Out_Fail", callId), ("AgentEvent_Connect_Fail", callId),
            ("AgentState_Ready", null));
        var info = await scene.InfoAsync(A);
        info["state"]!.GetValue<int>().Should().Be(1);
        info["lastState"]!.GetValue<int>().Should().Be(6);
    }

    [Test]
    public async Task A_non_always_off_hook_agent_hears_its_phone_released_before_the_failure()
    {
        using var scene = Create();
        await scene.SignInAsync(A, releasePhone: true);

        await scene.CallOutAsync(A, IsBusy);

        (await scene.EventTypesAsync(A)).Should().Equal("AgentOther_PhoneAlerting", "AgentOther_PhoneOffhook", "AgentState_Busy",
            "AgentOther_PhoneRelease", "AgentEvent_Call_Out_Fail", "AgentEvent_Connect_Fail", "AgentState_Ready");
    }

    [Test]
    public async Task A_number_that_is_no_far_end_fails_as_a_busy_one()
    {
        using var scene = await OneAgentAsync();

        await scene.CallOutAsync(A, "5550199");

        (await scene.EventTypesAsync(A)).Should().Contain("AgentEvent_Call_Out_Fail");
    }

    [Test]
    public async Task A_configured_far_end_adds_a_number_or_changes_a_built_in_one()
    {
        using var scene = await OneAgentAsync(o =>
        {
            o.FarEnds["5550100"] = FarEndBehaviour.Answer;
            o.FarEnds[IsBusy] = FarEndBehaviour.Answer;
        });

        await scene.CallOutAsync(A, "5550100");
        await scene.ReleaseAsync(A);
        await scene.CallOutAsync(A, IsBusy);

        (await scene.EventTypesAsync(A)).Should().NotContain("AgentEvent_Call_Out_Fail");
        (await scene.InfoAsync(A))["state"]!.GetValue<int>().Should().Be(9);
    }

    [Test]
    public async Task The_calling_number_and_call_data_of_the_request_are_the_calls()
    {
        using var scene = await OneAgentAsync();

        await scene.CallOutRawAsync(A, """{"caller":"40038","called":"88001","skillid":25,"callappdata":"order 7","mediaability":0}""");

        var reply = await scene.SyncAsync(A);
        reply.StateInfo!["callerNo"]!.GetValue<string>().Should().Be("40038");
        reply.StateInfo!["callData"]!.GetValue<string>().Should().Be("order 7");
        reply.Json!["result"]!["callinfo"]!.GetValue<string>().Should().Contain("\"callskillid\":25");
    }

    [Test]
    public async Task An_agent_that_is_busy_may_call_out_and_is_idle_after_the_call()
    {
        using var scene = await OneAgentAsync();
        await scene.Gateway.ActAsync(A, scene.Guid(A), "saybusy");

        (await scene.CallOutAsync(A, Answers)).IsSuccess.Should().BeTrue();
        await scene.ReleaseAsync(A);

        (await scene.InfoAsync(A))["state"]!.GetValue<int>().Should().Be(1);
    }

    private static async Task<CallScene> OneAgentAsync(Action<ReferenceGatewayOptions>? configure = null)
    {
        var scene = Create(configure);
        await scene.SignInAsync(A);
        return scene;
    }
}
