using System.Text.Json.Nodes;
using AgentGateway.Conformance.Agents;
using AgentGateway.Conformance.Configuration;
using AgentGateway.Conformance.Harness;
using AgentGateway.Conformance.Http;
using AgentGateway.Conformance.Requirements;
using NUnit.Framework;

namespace AgentGateway.Conformance.Checks.Calls;

/// <summary>
/// Calls with a far-end number: an outbound call to the test number of <c>--calls</c>, and an inbound call from a number,
/// placed through the reference control endpoint's contract, since no documented interface places one.
/// </summary>
public sealed partial class CallsTests
{
    private const int OutboundCallType = 7;
    private const int InboundCallType = 0;
    private const string CallOutFailEvent = "AgentEvent_Call_Out_Fail";
    private const string ConnectFailEvent = "AgentEvent_Connect_Fail";

    private const string NoNumberReason =
        "--calls names no outbound test number (CALLER,CALLEE,NUMBER; AGW_CALLS, config key calls): calls ring real phones, "
        + "so the suite calls a number only when one is named";

    private const string NoInboundTriggerReason =
        "no inbound-call trigger: no documented interface places an inbound call, and --inbound-trigger PATH (AGW_INBOUND_TRIGGER, "
        + "config key inboundTrigger) names no same-origin path that places one as the reference gateway's control endpoint does";

    [Test]
    [Requirement(Req.Calls.Call001, Req.Calls.Call006, Req.Calls.Call010, Req.Calls.Call011)]
    public async Task Reports_an_outbound_call_to_the_test_number_while_talking()
    {
        var number = Settings.EffectiveCalls?.OutboundNumber;
        if (number is null)
        {
            Skip(NoNumberReason + ".");
        }

        var caller = await SignInAsync(0);
        await caller.PrepareForCallsAsync(autoAnswer: true);
        ReleaseAfterCheck(caller);
        var placed = await caller.CallOutAsync(number, $"agent {caller.Id} calls the test number {number} (callout)");
        if (PlacedCallId(placed) is null)
        {
            Skip($"The check needs a call from agent {caller.Id} to the test number {number}, but callout answered {placed.Summary}.");
        }

        var events = await caller.PollUntilAsync(
            e => e.EventType is TalkingEvent or CallOutFailEvent or ConnectFailEvent, $"AgentEvent_Talking of the call to {number}");
        if (events[^1].EventType != TalkingEvent)
        {
            Skip($"The call to the test number {number} failed ({events[^1].EventType}): the check needs a number that answers.");
        }

        await SettleAsync(Settings.SettleTime);
        var talking = await SuccessfulSyncAsync(caller, "sync while the outbound call talks");
        var phase = $"talking to the test number {number}";
        MustBeInCallState(caller, talking, phase);
        MustBeCallType(Req.Calls.Call010, $"agent {caller.Id} {phase}", talking, OutboundCallType, "common call");
        ShouldBeState(caller, talking, TalkingState, phase);
        ShouldCarryCommand(Req.Calls.Call011, caller, talking, OutboundCommands, "4 (first outbound call) or 5 (outbound call)", phase);
        ShouldCarryNumber(Req.Calls.Call011, $"agent {caller.Id} {phase}", talking, "calledNo", number, "the number called");
    }

    [Test]
    [Requirement(Req.Calls.Call001, Req.Calls.Call014, Req.Calls.Call015)]
    public async Task Reports_an_inbound_call_from_a_number_while_talking()
    {
        var trigger = Settings.EffectiveInboundTrigger;
        if (trigger is null)
        {
            Skip(NoInboundTriggerReason + ".");
        }

        var number = Settings.EffectiveCalls?.OutboundNumber ?? InboundCallTrigger.DefaultCaller;
        var agent = await SignInAsync(1);
        await agent.PrepareForCallsAsync(autoAnswer: true);
        ReleaseAfterCheck(agent);
        var placed = await Client.SendAsync(InboundCallRequest(trigger, agent.Id, number));
        if (PlacedCallId(placed) is null)
        {
            Skip($"The check needs an inbound call from {number} to agent {agent.Id}, but the trigger POST {trigger} answered {placed.Summary}.");
        }

        await agent.PollUntilAsync(e => e.EventType == TalkingEvent, $"AgentEvent_Talking of the inbound call at agent {agent.Id}");
        await SettleAsync(Settings.SettleTime);
        var talking = await SuccessfulSyncAsync(agent, "sync while the inbound call talks");
        var phase = $"talking to {number}, which called in";
        MustBeInCallState(agent, talking, phase);
        MustBeCallType(Req.Calls.Call014, $"agent {agent.Id} {phase}", talking, InboundCallType, "common inbound call");
        ShouldCarryNumber(Req.Calls.Call015, $"agent {agent.Id} {phase}", talking, "callerNo", number, "the number that called");
    }

    /// <summary>
    /// The request of the reference control endpoint's contract: POST to the trigger's path on the target's origin with
    /// the called agent and the calling number; no Guid, as the trigger is no agent's call.
    /// </summary>
    private static GatewayRequest InboundCallRequest(string trigger, string agentId, string number) =>
        new(HttpMethod.Post, trigger, $"place an inbound call from {number} to agent {agentId} (POST {trigger})")
        {
            Body = new JsonObject { ["agentId"] = agentId, ["caller"] = number }.ToJsonString(),
        };

    /// <summary>
    /// Judges the agent's curCommand as one of <paramref name="accepted"/>; a curCommand left out is noted, not judged,
    /// as the schema checks judge a missing field.
    /// </summary>
    private void ShouldCarryCommand(string requirementId, AgentSession agent, GatewayResponse sync, int[] accepted, string expected, string phase)
    {
        if (sync.AgentStateInfo is not { } info || !info.ContainsKey("curCommand"))
        {
            Note($"agent {agent.Id} {phase}: no curCommand to judge; the schema checks judge a missing field");
            return;
        }

        Should(
            requirementId,
            IntField(sync, "curCommand") is { } command && accepted.Contains(command),
            $"agent {agent.Id} {phase}: curCommand {expected}",
            $"curCommand {Raw(sync, "curCommand")}",
            "$.result.curCommand");
    }
}
