using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Http;

namespace AgentGateway.Reference.Calls;

/// <summary>The requests on a call in progress: answer, hold, unhold (gethold), release, and the end of a session.</summary>
internal sealed partial class CallDesk
{
    /// <summary>answer: connects the call ringing at the agent; 200-002 when none is, or when it has another callid.</summary>
    public CallResult Answer(SignedInAgent agent, string? callId)
    {
        lock (Gate)
        {
            if (agent.Call is not { Phase: CallPhase.Ringing } leg || !Names(leg.Call, callId))
            {
                return CallResult.Refused(Retcodes.NoCallToAnswer);
            }

            Connect(leg.Call, Now);
            return CallResult.Done;
        }
    }

    /// <summary>
    /// hold: the agent holds its talking call (AgentEvent_Hold with the callid; the other party is told nothing). 200-005
    /// without a call; 200-014 when the call is not talking (still ringing, or already held).
    /// </summary>
    public CallResult Hold(SignedInAgent agent)
    {
        lock (Gate)
        {
            if (agent.Call is not { } leg)
            {
                return CallResult.Refused(Retcodes.NoCallToHold);
            }

            if (leg.Phase != CallPhase.Talking)
            {
                return CallResult.Refused(Retcodes.HoldStateError);
            }

            var now = Now;
            leg.Phase = CallPhase.Held;
            leg.HeldSince = now;
            leg.Give(CallCommands.Hold, now);
            agent.MoveTo(AgentState.Hold, now);
            agent.Events.Enqueue(CallEvents.OfCallId(CallEvents.Hold, leg.Call, now));
            return CallResult.Done;
        }
    }

    /// <summary>gethold: the agent takes its held call back (AgentEvent_Talking); 200-015 when it holds none with that callid.</summary>
    public CallResult Unhold(SignedInAgent agent, string? callId)
    {
        lock (Gate)
        {
            if (agent.Call is not { Phase: CallPhase.Held } leg || !Names(leg.Call, callId))
            {
                return CallResult.Refused(Retcodes.NoCallToUnhold);
            }

            var now = Now;
            leg.Phase = CallPhase.Talking;
            leg.HeldSince = null;
            leg.Give(CallCommands.Unhold, now);
            agent.MoveTo(AgentState.Talking, now);
            agent.Events.Enqueue(CallEvents.Talk(leg.Call, now));
            return CallResult.Done;
        }
    }

    /// <summary>release: the agent hangs up its call in whatever phase, which ends it for both parties; 200-017 without one.</summary>
    public CallResult Release(SignedInAgent agent)
    {
        lock (Gate)
        {
            if (agent.Call is not { } leg)
            {
                return CallResult.Refused(Retcodes.NoCallToRelease);
            }

            HangUp(leg, Now);
            return CallResult.Done;
        }
    }

    /// <summary>Ends the session (its queue closes) and releases its call as if the agent had hung up.</summary>
    public void End(SignedInAgent session)
    {
        lock (Gate)
        {
            session.End();
            if (session.Call is { } leg)
            {
                HangUp(leg, Now);
            }
        }
    }

    /// <summary>Whether the optional callid of a request names the call: absent or empty names the agent's call.</summary>
    private static bool Names(Call call, string? callId) =>
        string.IsNullOrEmpty(callId) || string.Equals(callId, call.Id, StringComparison.Ordinal);
}
