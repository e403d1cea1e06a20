using System.Text.Json.Nodes;
using AgentGateway.Conformance.Agents;
using AgentGateway.Conformance.Http;
using AgentGateway.Conformance.Requirements;

namespace AgentGateway.Conformance.Checks.Calls;

public sealed partial class CallsTests
{
    private const int TalkingState = 9;
    private const int HoldState = 11;
    private const int RequestAnswerState = 8;
    private const int InternalCallType = 6;
    private const string RingingEvent = "AgentEvent_Ringing";
    private const string TalkingEvent = "AgentEvent_Talking";
    private const string HoldEvent = "AgentEvent_Hold";
    private const string CallReleaseEvent = "AgentEvent_Call_Release";
    private const string CustomerReleaseEvent = "AgentEvent_Customer_Release";

    private static readonly string[] CallIdFields = ["curCallId", "mainCallId", "holdCallId", "callerNo", "calledNo"];

    /// <summary>
    /// Signs the caller and the callee in, set to go idle after a call and the callee to answer by itself unless
    /// <paramref name="calleeAnswersByHand"/>, and has the caller call the callee; both are released after the check.
    /// </summary>
    private async Task<InternalCall> StartCallAsync(bool calleeAnswersByHand = false)
    {
        var caller = await SignInAsync(0);
        var callee = await SignInAsync(1);
        await caller.PrepareForCallsAsync(autoAnswer: true);
        await callee.PrepareForCallsAsync(autoAnswer: !calleeAnswersByHand);
        ReleaseAfterCheck(caller);
        ReleaseAfterCheck(callee);
        var placed = await caller.CallInnerAsync(callee.Id, $"agent {caller.Id} calls agent {callee.Id} (callinner)");
        if (PlacedCallId(placed) is not { } callId)
        {
            Skip($"The check needs a call from agent {caller.Id} to agent {callee.Id}, but callinner answered {placed.Summary}.");
            return null!;
        }

        return new InternalCall(caller, callee, callId);
    }

    /// <summary>The callid a successful request that places a call answers as its result; null when it answered none.</summary>
    private static string? PlacedCallId(GatewayResponse placed) =>
        Succeeded(placed) && placed.Json?["result"] is JsonValue result && result.TryGetValue<string>(out var callId) && callId.Length > 0
            ? callId
            : null;

    /// <summary>A call both agents talk in: each has polled its AgentEvent_Talking, and the events have settled.</summary>
    private async Task<InternalCall> TalkingCallAsync()
    {
        var call = await StartCallAsync();
        foreach (var agent in call.Agents)
        {
            var events = await agent.PollUntilAsync(e => e.EventType == TalkingEvent, $"AgentEvent_Talking at agent {agent.Id}");
            var talking = CallIdOf(events[^1]);
            if (talking != call.CallId)
            {
                Note($"agent {agent.Id}: AgentEvent_Talking carried callid {talking ?? "none"}, callinner answered {call.CallId}");
            }
        }

        await SettleAsync(Settings.SettleTime);
        return call;
    }

    /// <summary>
    /// The agent's sync while the call talks. A sync that ended the caller's session (which the queue checks judge) also
    /// ends its call: when the callee's sync then reports no call state and the caller has lost its session, the call
    /// cannot be judged at the callee, and the check is skipped.
    /// </summary>
    private static async Task<GatewayResponse> SyncWhileTalkingAsync(InternalCall call, AgentSession agent)
    {
        var sync = await SuccessfulSyncAsync(agent, "sync while talking");
        if (ReferenceEquals(agent, call.Caller) || IntField(sync, "state") is >= 5 and <= 17)
        {
            return sync;
        }

        var status = await call.Caller.ReadStatusAsync($"read agent {call.Caller.Id}'s state after its sync (agentstatus)");
        if (status.Retcode is "100-006" or "000-003")
        {
            Skip($"The sync of agent {call.Caller.Id} ended its session (agentstatus answered {status.Summary}), which the queue "
                + $"checks judge; the call it ended cannot be judged at agent {agent.Id}.");
        }

        return sync;
    }

    /// <summary>The caller holds the call; its AgentEvent_Hold is polled, the events settle, and the caller's sync is returned.</summary>
    private async Task<GatewayResponse> HoldAsync(InternalCall call)
    {
        var hold = await call.Caller.HoldAsync();
        if (!Succeeded(hold))
        {
            Skip($"The check needs the call held, but hold answered {hold.Summary}.");
        }

        var events = await call.Caller.PollUntilAsync(e => e.EventType == HoldEvent, "AgentEvent_Hold");
        call.HeldCallId = CallIdOf(events[^1]);
        await SettleAsync(Settings.SettleTime);
        return await SuccessfulSyncAsync(call.Caller, "sync while the call is held");
    }

    /// <summary>The caller takes the held call back; its AgentEvent_Talking is polled and the caller's sync returned.</summary>
    private async Task<GatewayResponse> UnholdAsync(InternalCall call)
    {
        var unhold = await call.Caller.UnholdAsync(call.HeldCallId ?? call.CallId);
        if (!Succeeded(unhold))
        {
            Skip($"The check needs the held call taken back, but gethold answered {unhold.Summary}.");
        }

        await call.Caller.PollUntilAsync(e => e.EventType == TalkingEvent, "AgentEvent_Talking after gethold");
        await SettleAsync(Settings.SettleTime);
        return await SuccessfulSyncAsync(call.Caller, "sync after the call was taken back");
    }

    /// <summary>The caller releases the call, and each agent polls its release events and, if it comes, its idle event.</summary>
    private static async Task ReleaseAsync(InternalCall call)
    {
        var release = await call.Caller.ReleaseAsync();
        if (!Succeeded(release))
        {
            Skip($"The check needs the call released, but release answered {release.Summary}.");
        }

        foreach (var agent in call.Agents)
        {
            await agent.PollUntilAsync(e => e.EventType is CallReleaseEvent or CustomerReleaseEvent, $"the release events at agent {agent.Id}");
            await agent.PollForAsync(e => e.EventType == AgentEvent.Ready, $"AgentState_Ready at agent {agent.Id} after the call");
        }
    }

    /// <summary>
    /// Judges that the agent's sync reports no call; a sync that still does is taken again after three times the settle
    /// time, and only a second one that still reports the call fails (a gateway may clear the call after its events).
    /// </summary>
    private async Task JudgeClearedAsync(AgentSession agent)
    {
        var first = await SuccessfulSyncAsync(agent, "sync after the call was released");
        var sync = first;
        if (Leftovers(first).Count > 0)
        {
            await SettleAsync(Settings.SettleTime * 3);
            sync = await SuccessfulSyncAsync(agent, "second sync after the call was released, after three times the settle time");
        }

        var left = Leftovers(sync);
        Must(
            Req.Calls.Call004,
            left.Count == 0,
            $"agent {agent.Id}: a state outside 5..17 and curCallId, mainCallId, holdCallId, callerNo, calledNo empty or null",
            left.Count == 0 ? "no call reported" : string.Join(", ", left)
                + (ReferenceEquals(first, sync) ? "" : $" (on a second sync; the first reported {string.Join(", ", Leftovers(first))})"));
    }

    private static List<string> Leftovers(GatewayResponse sync)
    {
        var left = CallIdFields.Where(f => Text(sync, f) is { Length: > 0 }).Select(f => $"{f} {Raw(sync, f)}").ToList();
        if (IntField(sync, "state") is >= 5 and <= 17)
        {
            left.Insert(0, $"state {Raw(sync, "state")}");
        }

        return left;
    }

    private void MustBeInCallState(AgentSession agent, GatewayResponse sync, string phase) =>
        Must(
            Req.Calls.Call001,
            IntField(sync, "state") is >= 5 and <= 17,
            $"agent {agent.Id} {phase}: state among the call states 5..17 of Table 3",
            $"state {Raw(sync, "state")}",
            "$.result.state");

    /// <summary>callFeature as Table 6 gives it for the kind of call: 6 internal, 7 outbound (common call), 0 inbound.</summary>
    private void MustBeCallType(string requirementId, string who, GatewayResponse sync, int callFeature, string meaning) =>
        Must(
            requirementId,
            IntField(sync, "callFeature") == callFeature,
            $"{who}: callFeature {callFeature} ({meaning}, Table 6)",
            $"callFeature {Raw(sync, "callFeature")}",
            "$.result.callFeature");

    /// <summary>The far end's number in <paramref name="field"/> (callerNo or calledNo) during a call with a number.</summary>
    private void ShouldCarryNumber(string requirementId, string who, GatewayResponse sync, string field, string number, string meaning) =>
        Should(
            requirementId,
            Text(sync, field) == number,
            $"{who}: {field} \"{number}\", {meaning}",
            $"{field} {Raw(sync, field)}",
            $"$.result.{field}");

    private void ShouldBeState(AgentSession agent, GatewayResponse sync, int state, string phase, string requirementId = Req.Calls.Call006) =>
        Should(
            requirementId,
            IntField(sync, "state") == state,
            $"agent {agent.Id} {phase}: state {state}",
            $"state {Raw(sync, "state")}",
            "$.result.state");

    private void ShouldDescribeTalkingCall(InternalCall call, AgentSession agent, GatewayResponse sync)
    {
        var callerNo = Text(sync, "callerNo");
        var calledNo = Text(sync, "calledNo");
        Should(
            Req.Calls.Call008,
            Text(sync, "mainCallId") == call.CallId
                && Names(callerNo, call.Caller.Id) && Names(calledNo, call.Callee.Id)
                && AgentEventTime(sync, "beginTalkingTime") is not null,
            $"agent {agent.Id}: mainCallId \"{call.CallId}\", callerNo {call.Caller.Id}, calledNo {call.Callee.Id} (an a/A prefix allowed), "
            + "a beginTalkingTime in milliseconds",
            $"mainCallId {Raw(sync, "mainCallId")}, callerNo {Raw(sync, "callerNo")}, calledNo {Raw(sync, "calledNo")}, "
            + $"beginTalkingTime {Raw(sync, "beginTalkingTime")}");
    }

    private static bool Names(string? number, string agentId) =>
        number is not null && (number == agentId || (number.Length == agentId.Length + 1 && number[0] is 'a' or 'A' && number[1..] == agentId));

    /// <summary>A string field of agentStateInfo as text (a number too); null when absent or null.</summary>
    private static string? Text(GatewayResponse sync, string field) => sync.AgentStateInfo?[field] is JsonValue value ? value.ToString() : null;

    private static long? AgentEventTime(GatewayResponse sync, string field) => AgentEvent.Milliseconds(sync.AgentStateInfo?[field]);

    /// <summary>The callid an event carries: its content as a bare string, or the content's callid field.</summary>
    private static string? CallIdOf(AgentEvent e) => e.Content switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonObject content => content["callid"]?.ToString(),
        _ => null,
    };

    /// <summary>A call between the fixture's two agents, with the callid callinner answered.</summary>
    private sealed class InternalCall(AgentSession caller, AgentSession callee, string callId)
    {
        public AgentSession Caller { get; } = caller;
        public AgentSession Callee { get; } = callee;
        public string CallId { get; } = callId;
        public IReadOnlyList<AgentSession> Agents { get; } = [caller, callee];

        /// <summary>The callid of the AgentEvent_Hold the caller polled, once the call is held.</summary>
        public string? HeldCallId { get; set; }
    }
}
