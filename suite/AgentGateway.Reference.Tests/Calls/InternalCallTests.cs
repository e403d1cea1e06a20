using AgentGateway.Reference.Tests.Support;
using static AgentGateway.Reference.Tests.Support.CallScene;

namespace AgentGateway.Reference.Tests.Calls;

/// <summary>A callinner from agent A to agent B, which answers by hand, through each phase: events and syncagentinfo.</summary>
public partial class InternalCallTests
{
    [Test]
    public async Task Callinner_answers_the_new_callid_as_a_string_of_epoch_seconds_and_a_sequence()
    {
        using var scene = await TwoAgentsAsync();

        var reply = await scene.CallInnerAsync(A, B);

        reply.Status.Should().Be(200);
        reply.Json!["retcode"]!.GetValue<string>().Should().Be("0");
        reply.Json!["result"]!.GetValue<string>().Should().Be($"{scene.Now.ToUnixTimeSeconds()}-1");
    }

    [Test]
    public async Task While_it_rings_the_caller_and_the_callee_have_had_the_documented_events_with_its_callid()
    {
        using var scene = await TwoAgentsAsync();

        var callId = await CallIdOf(scene.CallInnerAsync(A, B));

        var caller = await scene.EventsAsync(A);
        var callee = await scene.EventsAsync(B);
        caller.Select(e => e.Type).Should().Equal("AgentState_Busy", "AgentEvent_Customer_Alerting");
        callee.Select(e => e.Type).Should().Equal("AgentState_Busy", "AgentEvent_Ringing", "AgentEvent_Customer_Alerting");
        caller.Concat(callee).Where(e => e.Type.StartsWith("AgentEvent_", StringComparison.Ordinal))
            .Select(e => e.CallId).Should().OnlyContain(id => id == callId);
        caller[1].Field("otherPhone").Should().Be(B);
        caller[1].Field("otherPhoneWorkno").Should().Be(B);
        callee[1].Field("feature").Should().Be("6");
    }

    [Test]
    public async Task The_ringing_event_writes_the_agents_numbers_with_the_documented_a_prefix()
    {
        using var scene = await TwoAgentsAsync();
        await scene.CallInnerAsync(A, B);

        var ringing = (await scene.EventsAsync(B)).Single(e => e.Type == "AgentEvent_Ringing");

        ringing.Field("caller").Should().Be("a" + A);
        ringing.Field("called").Should().Be("a" + B);
    }

    [Test]
    public async Task While_it_rings_sync_reports_the_caller_outbound_calling_and_the_callee_ringing()
    {
        using var scene = await TwoAgentsAsync();
        var callId = await CallIdOf(scene.CallInnerAsync(A, B));
        var placedAt = scene.NowMilliseconds;

        var caller = await scene.InfoAsync(A);
        var callee = await scene.InfoAsync(B);

        SyncFields.Of(caller, ["state", "lastState", .. SyncFields.Call]).Should().BeEquivalentTo(SyncFields.InCall(new()
        {
            ["state"] = 6, ["lastState"] = 1, ["callFeature"] = 6, ["curCommand"] = 4, ["cmdBeginTime"] = placedAt,
            ["curCallId"] = callId, ["mainCallId"] = callId, ["callerNo"] = A, ["calledNo"] = B, ["partner"] = B,
        }));
        SyncFields.Of(callee, ["state", "lastState", .. SyncFields.Call]).Should().BeEquivalentTo(SyncFields.InCall(new()
        {
            ["state"] = 8, ["lastState"] = 1, ["callFeature"] = 6,
            ["curCallId"] = callId, ["mainCallId"] = callId, ["callerNo"] = A, ["calledNo"] = B, ["partner"] = A,
        }));
    }

    [Test]
    public async Task During_a_call_callinfo_is_a_non_empty_string_that_names_the_call()
    {
        using var scene = await TwoAgentsAsync();
        var callId = await CallIdOf(scene.CallInnerAsync(A, B));

        var callinfo = (await scene.SyncAsync(B)).Json!["result"]!["callinfo"]!.GetValue<string>();

        callinfo.Should().NotBeEmpty().And.Contain(callId);
    }

    [Test]
    public async Task Answer_connects_the_call_and_both_agents_get_talking_with_its_callid()
    {
        using var scene = await TwoAgentsAsync();
        var callId = await RingingAsync(scene);

        var reply = await scene.AnswerAsync(B);

        reply.Body.Should().Be("""{"result":{},"message":"success","retcode":"0"}""");
        var caller = await scene.EventsAsync(A);
        var callee = await scene.EventsAsync(B);
        caller.Select(e => (e.Type, e.CallId)).Should().Equal(("AgentEvent_Talking", callId));
        callee.Select(e => (e.Type, e.CallId)).Should().Equal(("AgentEvent_Talking", callId));
        callee[0].Field("caller").Should().Be(A);
        callee[0].Field("called").Should().Be(B);
    }

    [Test]
    public async Task Answer_may_name_the_ringing_call_by_its_callid()
    {
        using var scene = await TwoAgentsAsync();
        var callId = await RingingAsync(scene);

        (await scene.AnswerAsync(B, callId)).IsSuccess.Should().BeTrue();
    }

    [Test]
    public async Task While_talking_sync_reports_both_agents_talking_since_the_answer()
    {
        using var scene = await TwoAgentsAsync();
        var callId = await RingingAsync(scene);
        var placedAt = scene.NowMilliseconds;
        scene.Advance(TimeSpan.FromSeconds(3));
        await scene.AnswerAsync(B);
        var answeredAt = scene.NowMilliseconds;

        var caller = await scene.InfoAsync(A);
        var callee = await scene.InfoAsync(B);

        var talking = new Dictionary<string, object?>
        {
            ["state"] = 9, ["callFeature"] = 6, ["talkingCallfeature"] = 6, ["curCallId"] = callId, ["mainCallId"] = callId,
            ["callerNo"] = A, ["calledNo"] = B, ["beginTalkingTime"] = answeredAt, ["firsttalkingFlag"] = true,
        };
        SyncFields.Of(caller, ["state", "lastState", .. SyncFields.Call]).Should().BeEquivalentTo(SyncFields.InCall(new(talking)
        {
            ["lastState"] = 6, ["curCommand"] = 4, ["cmdBeginTime"] = placedAt, ["partner"] = B,
        }));
        SyncFields.Of(callee, ["state", "lastState", .. SyncFields.Call]).Should().BeEquivalentTo(SyncFields.InCall(new(talking)
        {
            ["lastState"] = 8, ["curCommand"] = 1, ["cmdBeginTime"] = answeredAt, ["partner"] = A,
        }));
        caller["agentStateBeginTime"]!.GetValue<string>().Should().Be(answeredAt);
    }

    [Test]
    public async Task Hold_holds_the_call_for_the_holder_which_gets_the_hold_event_with_its_callid()
    {
        using var scene = await TwoAgentsAsync();
        var callId = await TalkingAsync(scene);

        var reply = await scene.HoldAsync(A);

        reply.IsSuccess.Should().BeTrue(reply.Body);
        (await scene.EventsAsync(A)).Select(e => (e.Type, e.CallId)).Should().Equal(("AgentEvent_Hold", callId));
        (await scene.EventsAsync(B)).Should().BeEmpty("the other party is told nothing of the hold");
    }

    [Test]
    public async Task While_held_sync_reports_the_holder_in_hold_with_the_held_callid_and_the_other_party_still_talking()
    {
        using var scene = await TwoAgentsAsync();
        var callId = await TalkingAsync(scene);
        var answeredAt = scene.NowMilliseconds;
        scene.Advance(TimeSpan.FromSeconds(5));
        await scene.HoldAsync(A);
        var heldAt = scene.NowMilliseconds;

        var holder = await scene.InfoAsync(A);
        var other = await scene.InfoAsync(B);

        SyncFields.Of(holder, ["state", "lastState", .. SyncFields.Call]).Should().BeEquivalentTo(SyncFields.InCall(new()
        {
            ["state"] = 11, ["lastState"] = 9, ["callFeature"] = 6, ["talkingCallfeature"] = 6, ["curCommand"] = 6,
            ["cmdBeginTime"] = heldAt, ["curCallId"] = callId, ["mainCallId"] = callId, ["holdCallId"] = callId,
            ["callerNo"] = A, ["calledNo"] = B, ["partner"] = B, ["beginTalkingTime"] = answeredAt,
            ["beginHoldTime"] = heldAt, ["firsttalkingFlag"] = true,
        }));
        other["state"]!.GetValue<int>().Should().Be(9);
        other["holdCallId"]!.GetValue<string>().Should().BeEmpty();
    }

    [Test]
    public async Task Gethold_takes_the_held_call_back_with_talking_and_clears_the_hold_fields()
    {
        using var scene = await TwoAgentsAsync();
        var callId = await TalkingAsync(scene);
        var answeredAt = scene.NowMilliseconds;
        await scene.HoldAsync(A);
        await scene.EventsAsync(A);
        scene.Advance(TimeSpan.FromSeconds(5));

        var reply = await scene.UnholdAsync(A, callId);

        reply.IsSuccess.Should().BeTrue(reply.Body);
        (await scene.EventsAsync(A)).Select(e => (e.Type, e.CallId)).Should().Equal(("AgentEvent_Talking", callId));
        SyncFields.Of(await scene.InfoAsync(A), ["state", "lastState", .. SyncFields.Call]).Should().BeEquivalentTo(
            SyncFields.InCall(new()
            {
                ["state"] = 9, ["lastState"] = 11, ["callFeature"] = 6, ["talkingCallfeature"] = 6, ["curCommand"] = 7,
                ["cmdBeginTime"] = scene.NowMilliseconds, ["curCallId"] = callId, ["mainCallId"] = callId,
                ["callerNo"] = A, ["calledNo"] = B, ["partner"] = B, ["beginTalkingTime"] = answeredAt,
                ["firsttalkingFlag"] = true,
            }));
    }

    [Test]
    public async Task Release_ends_the_call_for_both_agents_with_the_release_events_then_idle()
    {
        using var scene = await TwoAgentsAsync();
        var callId = await TalkingAsync(scene);

        var reply = await scene.ReleaseAsync(A);

        reply.Body.Should().Be("""{"result":{},"message":"success","retcode":"0"}""");
        var releaser = await scene.EventsAsync(A);
        var other = await scene.EventsAsync(B);
        releaser.Select(e => e.Type).Should().Equal(
            "AgentEvent_Call_Release", "AgentEvent_Customer_Release", "AgentState_Ready");
        other.Select(e => e.Type).Should().Equal(
            "AgentEvent_Customer_Release", "AgentEvent_Call_Release", "AgentState_Ready");
        releaser.Concat(other).Where(e => e.Type.StartsWith("AgentEvent_", StringComparison.Ordinal))
            .Select(e => e.CallId).Should().OnlyContain(id => id == callId);
        releaser[1].Field("number").Should().Be(B);
        other[0].Field("number").Should().Be(A);
    }

    [Test]
    public async Task After_release_sync_reports_both_agents_idle_with_the_call_fields_cleared()
    {
        using var scene = await TwoAgentsAsync();
        await TalkingAsync(scene);
        await scene.HoldAsync(B);

        await scene.ReleaseAsync(A);

        foreach (var (agent, before) in new[] { (A, 9), (B, 11) })
        {
            var reply = await scene.SyncAsync(agent);
            reply.Json!["result"]!["callinfo"]!.GetValue<string>().Should().BeEmpty();
            SyncFields.Of(reply.StateInfo!, ["state", "lastState", .. SyncFields.Call]).Should().BeEquivalentTo(
                SyncFields.InCall(new() { ["state"] = 1, ["lastState"] = before }), agent);
        }
    }

    [Test]
    public async Task The_legacy_release_route_releases_the_call_too()
    {
        using var scene = await TwoAgentsAsync();
        await TalkingAsync(scene);

        var reply = await scene.Gateway.SendAsync("DELETE", $"voicecall/{A}", scene.Guid(A));

        reply.IsSuccess.Should().BeTrue(reply.Body);
        (await scene.InfoAsync(B))["state"]!.GetValue<int>().Should().Be(1);
    }

    /// <summary>A calls B, which rings; the events so far are polled away.</summary>
    private static async Task<string> RingingAsync(CallScene scene)
    {
        var callId = await CallIdOf(scene.CallInnerAsync(A, B));
        await scene.EventsAsync(A);
        await scene.EventsAsync(B);
        return callId;
    }

    /// <summary>A calls B, which answers; the events so far are polled away.</summary>
    private static async Task<string> TalkingAsync(CallScene scene)
    {
        var callId = await RingingAsync(scene);
        (await scene.AnswerAsync(B)).IsSuccess.Should().BeTrue();
        await scene.EventsAsync(A);
        await scene.EventsAsync(B);
        return callId;
    }
}
