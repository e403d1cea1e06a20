using AgentGateway.Conformance.Harness;
using AgentGateway.Conformance.Requirements;
using NUnit.Framework;

namespace AgentGateway.Conformance.Checks.Calls;

/// <summary>
/// syncagentinfo during calls: an internal call between two test agents in each phase (ringing, talking, on hold, after
/// unhold, after release, a sync in the middle of a talking call, the caller while the callee rings and the callee once it
/// answers by hand), an outbound call to the test number and an inbound call from a number. Each phase's events are
/// polled before its sync, since a sync clears the queue. Calls ring real phones, so against a real gateway they run only
/// with <c>--calls</c>.
/// </summary>
[TestFixture]
public sealed partial class CallsTests : ConformanceTest
{
    protected override int AgentsNeeded => 2;

    protected override IReadOnlyList<string>? AgentIdsNeeded =>
        Settings.EffectiveCalls is { AnyAgents: false } calls ? [calls.CallerId, calls.CalleeId] : null;

    protected override string? ReasonNotToRun => Settings.EffectiveCalls is null ? CallsOffReason : null;

    /// <summary>Why every call check skips on a real target without <c>--calls</c>.</summary>
    public const string CallsOffReason =
        "calls are off: no --calls CALLER,CALLEE[,NUMBER] (AGW_CALLS, config key calls) names two configured test agents "
        + "that may call each other; calls ring real phones, so against a real gateway they run only when named";

    [Test]
    [Requirement(Req.Calls.Call001, Req.Calls.Call006)]
    public async Task Reports_a_call_state_while_talking_on_hold_and_after_unhold()
    {
        var call = await TalkingCallAsync();
        foreach (var agent in call.Agents)
        {
            var talking = await SyncWhileTalkingAsync(call, agent);
            MustBeInCallState(agent, talking, "talking");
            ShouldBeState(agent, talking, TalkingState, "talking");
        }

        var held = await HoldAsync(call);
        MustBeInCallState(call.Caller, held, "holding the call");
        ShouldBeState(call.Caller, held, HoldState, "holding the call");

        var back = await UnholdAsync(call);
        MustBeInCallState(call.Caller, back, "after taking the call back");
        ShouldBeState(call.Caller, back, TalkingState, "after taking the call back");
    }

    [Test]
    [Requirement(Req.Calls.Call002, Req.Calls.Call008)]
    public async Task Reports_the_callid_of_the_events_while_talking()
    {
        var call = await TalkingCallAsync();
        foreach (var agent in call.Agents)
        {
            var sync = await SyncWhileTalkingAsync(call, agent);
            Must(
                Req.Calls.Call002,
                Text(sync, "curCallId") == call.CallId,
                $"agent {agent.Id}: curCallId \"{call.CallId}\", the callid of the callinner result and the AgentEvent_Talking event",
                $"curCallId {Raw(sync, "curCallId")}",
                "$.result.curCallId");
            ShouldDescribeTalkingCall(call, agent, sync);
        }
    }

    [Test]
    [Requirement(Req.Calls.Call003)]
    public async Task Reports_the_internal_call_type_while_talking()
    {
        var call = await TalkingCallAsync();
        foreach (var agent in call.Agents)
        {
            var sync = await SyncWhileTalkingAsync(call, agent);
            MustBeCallType(Req.Calls.Call003, $"agent {agent.Id}", sync, InternalCallType, "internal call");
        }
    }

    [Test]
    [Requirement(Req.Calls.Call007)]
    public async Task Reports_the_held_callid_and_hold_time_while_held()
    {
        var call = await TalkingCallAsync();
        var held = await HoldAsync(call);
        Should(
            Req.Calls.Call007,
            Text(held, "holdCallId") == call.HeldCallId && AgentEventTime(held, "beginHoldTime") is not null,
            $"holdCallId \"{call.HeldCallId}\" (the AgentEvent_Hold content) and a beginHoldTime in milliseconds",
            $"holdCallId {Raw(held, "holdCallId")}, beginHoldTime {Raw(held, "beginHoldTime")}");
    }

    [Test]
    [Requirement(Req.Calls.Call004)]
    public async Task Clears_the_call_fields_after_release()
    {
        var call = await TalkingCallAsync();
        await ReleaseAsync(call);
        foreach (var agent in call.Agents)
        {
            await JudgeClearedAsync(agent);
        }
    }

    [Test]
    [Requirement(Req.Calls.Call005)]
    public async Task Keeps_a_talking_call_through_a_sync()
    {
        var call = await TalkingCallAsync();
        var sync = await SuccessfulSyncAsync(call.Caller, "sync during the talking call");
        Note($"the sync during the call reported state {Raw(sync, "state")}, curCallId {Raw(sync, "curCallId")}");

        // The hold is judged by its answer: its event is not awaited, so a gateway that loses the first event after a
        // sync is not taken for one that ended the call; the release's event is awaited past it.
        var hold = await call.Caller.HoldAsync("hold the call after the sync");
        if (hold.Retcode is "100-006" or "000-003")
        {
            Skip($"The sync ended agent {call.Caller.Id}'s session (hold answered {hold.Summary}), which the queue checks judge; "
                + "whether the call outlived the sync cannot be told.");
        }

        Must(
            Req.Calls.Call005,
            Succeeded(hold),
            "after the sync the call can still be held: hold succeeds",
            $"hold answered {hold.Summary}");

        var release = await call.Caller.ReleaseAsync("release the call after the sync");
        var released = Succeeded(release)
            ? await call.Caller.PollForAsync(e => e.EventType == CallReleaseEvent, "AgentEvent_Call_Release after the sync")
            : null;
        Must(
            Req.Calls.Call005,
            released?.Arrived == true,
            "after the sync the call can still be released: release succeeds and AgentEvent_Call_Release arrives",
            released is null ? $"release answered {release.Summary}" : $"release answered {release.Summary}; polls delivered {released.Describe()}");
    }

    [Test]
    [Requirement(Req.Calls.Call001, Req.Calls.Call009)]
    public async Task Reports_request_answer_while_the_call_rings_at_an_agent_that_answers_by_hand()
    {
        var call = await StartCallAsync(calleeAnswersByHand: true);
        await call.Callee.PollUntilAsync(e => e.EventType == RingingEvent, "AgentEvent_Ringing at the callee");
        await SettleAsync(Settings.SettleTime);
        var ringing = await SuccessfulSyncAsync(call.Callee, "sync while the call rings");
        MustBeInCallState(call.Callee, ringing, "while the call rings");
        ShouldBeState(call.Callee, ringing, RequestAnswerState, "while the call rings", Req.Calls.Call009);
    }
}
