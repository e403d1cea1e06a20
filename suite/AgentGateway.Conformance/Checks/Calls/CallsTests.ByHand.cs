using AgentGateway.Conformance.Harness;
using AgentGateway.Conformance.Requirements;
using NUnit.Framework;

namespace AgentGateway.Conformance.Checks.Calls;

/// <summary>
/// An internal call to an agent that answers by hand: the caller while the call rings unanswered, then the callee once
/// it has taken the call with the documented answer interface.
/// </summary>
public sealed partial class CallsTests
{
    private const int OutboundCallingState = 6;
    private const int PickUpCommand = 1;
    private static readonly int[] OutboundCommands = [4, 5];

    [Test]
    [Requirement(Req.Calls.Call001, Req.Calls.Call006, Req.Calls.Call012, Req.Calls.Call013)]
    public async Task Reports_the_caller_dialling_while_the_call_rings_and_the_callee_talking_once_it_answers_by_hand()
    {
        var call = await StartCallAsync(calleeAnswersByHand: true);
        await call.Callee.PollUntilAsync(e => e.EventType == RingingEvent, "AgentEvent_Ringing at the callee");
        await SettleAsync(Settings.SettleTime);
        var dialling = await SuccessfulSyncAsync(call.Caller, "sync of the caller while its call rings unanswered");
        var ringing = $"while its call rings at agent {call.Callee.Id}";
        MustBeInCallState(call.Caller, dialling, ringing);
        ShouldBeState(call.Caller, dialling, OutboundCallingState, ringing, Req.Calls.Call012);
        ShouldCarryCommand(Req.Calls.Call012, call.Caller, dialling, OutboundCommands, "4 (first outbound call) or 5 (outbound call)", ringing);

        var answer = await call.Callee.AnswerAsync($"agent {call.Callee.Id} answers the ringing call by hand (answer)");
        if (!Succeeded(answer))
        {
            Skip($"The check needs agent {call.Callee.Id} to answer the ringing call, but answer answered {answer.Summary}.");
        }

        await call.Callee.PollUntilAsync(e => e.EventType == TalkingEvent, $"AgentEvent_Talking at agent {call.Callee.Id} after answering");
        await SettleAsync(Settings.SettleTime);
        var talking = await SuccessfulSyncAsync(call.Callee, "sync of the callee while the call it answered talks");
        const string answered = "talking after answering by hand";
        MustBeInCallState(call.Callee, talking, answered);
        ShouldBeState(call.Callee, talking, TalkingState, answered);
        ShouldCarryCommand(Req.Calls.Call013, call.Callee, talking, [PickUpCommand], "1 (the agent hooks on a call)", answered);
    }
}
