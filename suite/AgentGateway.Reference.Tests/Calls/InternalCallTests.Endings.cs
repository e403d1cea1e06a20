using AgentGateway.Reference.Tests.Support;
using static AgentGateway.Reference.Tests.Support.CallScene;

namespace AgentGateway.Reference.Tests.Calls;

/// <summary>How internal calls end: wrap-up, ring timeout, auto answer, phone events, a callee that cannot take the call.</summary>
public partial class InternalCallTests
{
    [Test]
    public async Task An_agent_that_does_not_enter_idle_by_itself_goes_into_wrap_up_after_the_call()
    {
        using var scene = await TwoAgentsAsync(calleeEntersIdle: false);
        await TalkingAsync(scene);

        await scene.ReleaseAsync(A);

        (await scene.EventTypesAsync(B)).Should().EndWith("AgentState_Work");
        (await scene.EventTypesAsync(A)).Should().EndWith("AgentState_Ready");
        var info = await scene.InfoAsync(B);
        SyncFields.Of(info, ["state", "lastState", .. SyncFields.Call]).Should().BeEquivalentTo(
            SyncFields.InCall(new() { ["state"] = 2, ["lastState"] = 9 }));
    }

    [Test]
    public async Task The_autoenteridle_switch_sends_an_agent_into_wrap_up_after_its_next_call()
    {
        using var scene = await TwoAgentsAsync();
        (await scene.Gateway.ActAsync(A, scene.Guid(A), "autoenteridle/false")).IsSuccess.Should().BeTrue();
        await TalkingAsync(scene);

        await scene.ReleaseAsync(B);

        (await scene.InfoAsync(A))["state"]!.GetValue<int>().Should().Be(2);
    }

    [Test]
    public async Task Wrap_up_after_a_call_ends_by_itself_with_ready_once_the_wrap_up_duration_has_passed()
    {
        using var scene = await TwoAgentsAsync(calleeEntersIdle: false, configure: o => o.WrapUpDuration = TimeSpan.FromSeconds(20));
        await TalkingAsync(scene);
        await scene.ReleaseAsync(A);
        await scene.EventsAsync(B);

        scene.Advance(TimeSpan.FromSeconds(19));
        (await scene.EventTypesAsync(B)).Should().BeEmpty();
        scene.Advance(TimeSpan.FromSeconds(1));

        (await scene.EventTypesAsync(B)).Should().Equal("AgentState_Ready");
        var info = await scene.InfoAsync(B);
        info["state"]!.GetValue<int>().Should().Be(1);
        info["lastState"]!.GetValue<int>().Should().Be(2);
    }

    [Test]
    public async Task Wrap_up_left_by_hand_is_not_ended_again_when_the_wrap_up_duration_passes()
    {
        using var scene = await TwoAgentsAsync(calleeEntersIdle: false, configure: o => o.WrapUpDuration = TimeSpan.FromSeconds(20));
        await TalkingAsync(scene);
        await scene.ReleaseAsync(A);
        (await scene.Gateway.ActAsync(B, scene.Guid(B), "cancelwork")).IsSuccess.Should().BeTrue();
        (await scene.Gateway.ActAsync(B, scene.Guid(B), "work")).IsSuccess.Should().BeTrue();
        await scene.EventsAsync(B);

        scene.Advance(TimeSpan.FromSeconds(30));

        (await scene.EventTypesAsync(B)).Should().BeEmpty();
        (await scene.InfoAsync(B))["state"]!.GetValue<int>().Should().Be(2);
    }

    [Test]
    public async Task With_a_wrap_up_duration_of_zero_wrap_up_lasts_until_the_agent_leaves_it()
    {
        using var scene = await TwoAgentsAsync(calleeEntersIdle: false, configure: o => o.WrapUpDuration = TimeSpan.Zero);
        await TalkingAsync(scene);
        await scene.ReleaseAsync(A);

        scene.Advance(TimeSpan.FromMinutes(30));

        (await scene.InfoAsync(B))["state"]!.GetValue<int>().Should().Be(2);
    }

    [Test]
    public async Task A_callee_with_auto_answer_talks_at_once_after_the_auto_answer_events()
    {
        using var scene = await TwoAgentsAsync(calleeAutoAnswer: true);

        var callId = await CallIdOf(scene.CallInnerAsync(A, B));

        (await scene.EventTypesAsync(A)).Should().Equal("AgentState_Busy", "AgentEvent_Customer_Alerting", "AgentEvent_Talking");
        var callee = await scene.EventsAsync(B);
        callee.Select(e => e.Type).Should().Equal(
            "AgentState_Busy", "AgentEvent_Auto_Answer", "AgentEvent_Customer_Alerting", "AgentEvent_Talking");
        callee.Skip(1).Select(e => e.CallId).Should().OnlyContain(id => id == callId);
        (await scene.InfoAsync(B))["lastState"]!.GetValue<int>().Should().Be(1);
        (await scene.AnswerAsync(B)).Retcode.Should().Be("200-002", "a call that is already talking is not answered again");
    }

    [Test]
    public async Task The_autoanswer_switch_makes_an_agent_answer_its_next_call_by_itself()
    {
        using var scene = await TwoAgentsAsync();

        (await scene.Gateway.ActAsync(B, scene.Guid(B), "autoanswer/true")).IsSuccess.Should().BeTrue();
        await scene.CallInnerAsync(A, B);

        (await scene.InfoAsync(B))["state"]!.GetValue<int>().Should().Be(9);
    }

    [Test]
    public async Task Agents_whose_phone_is_released_after_each_call_also_get_the_phone_events()
    {
        using var scene = Create();
        await scene.SignInAsync(A, releasePhone: true);
        await scene.SignInAsync(B, releasePhone: true);
        await scene.CallInnerAsync(A, B);
        (await scene.EventTypesAsync(A)).Should().Equal("AgentOther_PhoneAlerting", "AgentOther_PhoneOffhook", "AgentState_Busy",
            "AgentEvent_Customer_Alerting", "AgentEvent_Talking");
        (await scene.EventTypesAsync(B)).Should().Equal("AgentState_Busy", "AgentOther_PhoneAlerting", "AgentOther_PhoneOffhook",
            "AgentEvent_Auto_Answer", "AgentEvent_Customer_Alerting", "AgentEvent_Talking");

        await scene.ReleaseAsync(A);

        var releaser = await scene.EventsAsync(A);
        var other = await scene.EventsAsync(B);
        releaser.Select(e => e.Type).Should().Equal(
            "AgentEvent_Call_Release", "AgentEvent_Customer_Release", "AgentOther_PhoneRelease", "AgentState_Ready");
        other.Select(e => e.Type).Should().Equal(
            "AgentEvent_Customer_Release", "AgentEvent_Call_Release", "AgentOther_PhoneRelease", "AgentState_Ready");
        releaser[2].Content!["phoneState"]!.GetValue<int>().Should().Be(2, "the agent hung up");
        other[2].Content!["phoneState"]!.GetValue<int>().Should().Be(3, "the platform hung up");
    }

    [Test]
    public async Task A_call_the_callee_does_not_answer_fails_for_both_once_the_ring_timeout_has_passed()
    {
        using var scene = await TwoAgentsAsync(configure: o => o.RingTimeout = TimeSpan.FromSeconds(15));
        var callId = await RingingAsync(scene);

        scene.Advance(TimeSpan.FromSeconds(14));
        (await scene.InfoAsync(B))["state"]!.GetValue<int>().Should().Be(8);
        scene.Advance(TimeSpan.FromSeconds(1));

        (await scene.EventsAsync(B)).Select(e => (e.Type, e.CallId)).Should().Equal(
            ("AgentEvent_No_Answer", callId), ("AgentState_Ready", null));
        (await scene.EventsAsync(A)).Select(e => (e.Type, e.CallId)).Should().Equal(
            ("AgentEvent_Inside_Call_Fail", callId), ("AgentState_Ready", null));
        foreach (var agent in new[] { A, B })
        {
            SyncFields.Of(await scene.InfoAsync(agent), ["state", .. SyncFields.Call]).Should().BeEquivalentTo(
                SyncFields.InCall(new() { ["state"] = 1 }), agent);
        }
    }

    [Test]
    public async Task A_call_answered_in_time_is_not_failed_by_the_ring_timeout()
    {
        using var scene = await TwoAgentsAsync();
        await TalkingAsync(scene);

        scene.Advance(TimeSpan.FromMinutes(5));

        (await scene.EventsAsync(A)).Should().BeEmpty();
        (await scene.InfoAsync(B))["state"]!.GetValue<int>().Should().Be(9);
    }

    [Test]
    public async Task Releasing_a_call_before_it_is_answered_ends_it_for_the_ringing_callee_without_wrap_up()
    {
        using var scene = await TwoAgentsAsync(calleeEntersIdle: false);
        var callId = await RingingAsync(scene);

        await scene.ReleaseAsync(A);

        (await scene.EventTypesAsync(A)).Should().Equal("AgentEvent_Call_Release", "AgentState_Ready");
        (await scene.EventsAsync(B)).Select(e => (e.Type, e.CallId)).Should().Equal(
            ("AgentEvent_Customer_Release", callId), ("AgentEvent_Call_Release", callId), ("AgentState_Ready", null));
        scene.Advance(TimeSpan.FromMinutes(1));
        (await scene.EventsAsync(B)).Should().BeEmpty("the ring timeout of a released call does not fire");
    }

    [TestCase("busy", TestName = "A_call_to_a_busy_agent_fails_with_inside_call_fail")]
    [TestCase("signed-out", TestName = "A_call_to_an_agent_that_is_not_signed_in_fails_with_inside_call_fail")]
    [TestCase("in-a-call", TestName = "A_call_to_an_agent_already_in_a_call_fails_with_inside_call_fail")]
    [TestCase("self", TestName = "A_call_to_the_caller_itself_fails_with_inside_call_fail")]
    [TestCase("not-an-agent", TestName = "A_call_to_a_number_that_is_no_agent_ID_fails_with_inside_call_fail")]
    public async Task A_call_to_an_agent_that_cannot_take_it_is_placed_and_fails_at_once(string callee)
    {
        using var scene = await TwoAgentsAsync();
        var called = callee switch { "signed-out" => "41003", "self" => A, "not-an-agent" => "99", _ => B };
        if (callee == "busy")
        {
            await scene.Gateway.ActAsync(B, scene.Guid(B), "saybusy");
        }
        else if (callee == "in-a-call")
        {
            await scene.InboundAsync(B, "88001");
        }

        await scene.EventsAsync(B);

        var callId = await CallIdOf(scene.CallInnerAsync(A, called));

        (await scene.EventsAsync(A)).Select(e => (e.Type, e.CallId)).Should().Equal(
            ("AgentState_Busy", null), ("AgentEvent_Inside_Call_Fail", callId), ("AgentState_Ready", null));
        (await scene.EventsAsync(B)).Should().BeEmpty();
        var info = await scene.InfoAsync(A);
        info["state"]!.GetValue<int>().Should().Be(1);
        info["lastState"]!.GetValue<int>().Should().Be(6);
    }
}
