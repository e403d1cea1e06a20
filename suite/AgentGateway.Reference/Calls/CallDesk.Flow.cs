using AgentGateway.Reference.Agents;

namespace AgentGateway.Reference.Calls;

/// <summary>
/// How a call goes, once placed: offered, connected, failed or hung up, with each agent's events in the documented order
/// (call-control sheet section 3.2). Every method here runs under <see cref="Gate"/>.
/// </summary>
internal sealed partial class CallDesk
{
    /// <summary>A callout reaches its far-end number, which answers, rings until the ring timeout, or is busy.</summary>
    private void Dial(Call call, FarEndBehaviour farEnd, DateTimeOffset now)
    {
        var origin = call.Origin!;
        switch (farEnd)
        {
            case FarEndBehaviour.Answer:
                origin.Agent.Events.Enqueue(CallEvents.Alerting(origin, now));
                Connect(call, now);
                break;
            case FarEndBehaviour.Ring:
                origin.Agent.Events.Enqueue(CallEvents.Alerting(origin, now));
                call.RingTimer = After(settings.RingTimeout, () => RingTimedOut(call));
                break;
            default:
                Fail(call, now, CallEvents.CallOutFail, CallEvents.ConnectFail);
                break;
        }
    }

    /// <summary>
    /// Offers the call to an idle agent: it is pre-occupied (AgentState_Busy), its phone comes off hook, then it is told
    /// of the call (Ringing, or Auto_Answer with auto answer) and that the other side is alerting; the caller, if an
    /// agent, that the callee is alerting. With auto answer the call connects at once; otherwise the agent rings (8)
    /// until it answers or the ring timeout fails the call.
    /// </summary>
    private void Offer(Call call, SignedInAgent callee, DateTimeOffset now)
    {
        var leg = new CallLeg(callee, call, CallPhase.Ringing);
        call.Target = leg;
        callee.Call = leg;
        var autoAnswer = callee.Preferences.AutoAnswer;
        callee.Events.Enqueue(CallEvents.Plain(CallEvents.Busy, now));
        PickUp(callee, now);
        callee.Events.Enqueue(CallEvents.Offered(leg, autoAnswer, now));
        callee.Events.Enqueue(CallEvents.Alerting(leg, now));
        if (call.Origin is { } origin)
        {
            origin.Agent.Events.Enqueue(CallEvents.Alerting(origin, now));
        }

        if (autoAnswer)
        {
            Connect(call, now);
        }
        else
        {
            callee.MoveTo(AgentState.Ringing, now);
            call.RingTimer = After(settings.RingTimeout, () => RingTimedOut(call));
        }
    }

    /// <summary>The called party answers: each agent in the call talks (9) and gets AgentEvent_Talking.</summary>
    private void Connect(Call call, DateTimeOffset now)
    {
        call.Connected = true;
        Cancel(call.RingTimer);
        call.RingTimer = null;
        foreach (var leg in call.Legs)
        {
            leg.Phase = CallPhase.Talking;
            leg.TalkingSince = now;
            if (ReferenceEquals(leg, call.Target))
            {
                leg.Give(CallCommands.PickUp, now);
            }

            leg.Agent.MoveTo(AgentState.Talking, now);
            leg.Agent.Events.Enqueue(CallEvents.Talk(call, now));
        }
    }

    /// <summary>
    /// Nobody answered in time: an agent that was rung gets No_Answer, and the caller, if an agent, the failure of its
    /// call; both go idle. (A real platform may also set the agent that did not answer busy; this one does not.)
    /// </summary>
    private void RingTimedOut(Call call)
    {
        if (call.Ended || call.Connected)
        {
            return;
        }

        var now = Now;
        if (call.Target is { } target)
        {
            target.Agent.Events.Enqueue(CallEvents.OfCallId(CallEvents.NoAnswer, call, now));
            HangUpPhone(target.Agent, CallEvents.PlatformHungUp, now);
            Finish(target, now);
        }

        if (call.Feature == CallTypes.Outbound)
        {
            Fail(call, now, CallEvents.CallOutFail, CallEvents.ConnectFail);
        }
        else
        {
            Fail(call, now, CallEvents.InsideCallFail);
        }
    }

    /// <summary>
    /// The call ends unconnected: the caller's phone is released, it gets the failure events (in the order of the callout
    /// developer guide: PhoneRelease, Call_Out_Fail, Connect_Fail, Ready) and goes idle.
    /// </summary>
    private void Fail(Call call, DateTimeOffset now, params string[] failures)
    {
        if (call.Origin is { } origin)
        {
            HangUpPhone(origin.Agent, CallEvents.PlatformHungUp, now);
            foreach (var failure in failures)
            {
                origin.Agent.Events.Enqueue(CallEvents.OfCallId(failure, call, now));
            }

            Finish(origin, now);
        }

        End(call);
    }

    /// <summary>
    /// The agent hangs up and the two-party call ends. The agent gets Call_Release, Customer_Release when the other party
    /// had answered, PhoneRelease (agent hung up) and its state after the call, as the release developer guide lists them;
    /// the other agent, if any, Customer_Release, Call_Release, PhoneRelease (platform hung up) and its state after the
    /// call (INFERRED: the documents give no list for the party left behind).
    /// </summary>
    private void HangUp(CallLeg leg, DateTimeOffset now)
    {
        var call = leg.Call;
        var agent = leg.Agent;
        agent.Events.Enqueue(CallEvents.OfCallId(CallEvents.CallRelease, call, now));
        if (call.Connected)
        {
            agent.Events.Enqueue(CallEvents.CustomerLeft(call, call.PartnerOf(leg), now));
        }

        HangUpPhone(agent, CallEvents.AgentHungUp, now);
        Finish(leg, now);
        if (call.Other(leg) is { } other)
        {
            other.Agent.Events.Enqueue(CallEvents.CustomerLeft(call, call.PartnerOf(other), now));
            other.Agent.Events.Enqueue(CallEvents.OfCallId(CallEvents.CallRelease, call, now));
            HangUpPhone(other.Agent, CallEvents.PlatformHungUp, now);
            Finish(other, now);
        }

        End(call);
    }

    /// <summary>
    /// The agent's part is over: it goes into wrap-up (AgentState_Work, 2) when it talked and does not enter idle by
    /// itself, otherwise idle (AgentState_Ready, 1). INFERRED: a call that never connected leaves no wrap-up, and the
    /// state before the call (busy, wrap-up) is not restored.
    /// </summary>
    private void Finish(CallLeg leg, DateTimeOffset now)
    {
        var agent = leg.Agent;
        agent.Call = null;
        settings.Faults.AfterCallEnded(leg);
        if (leg.TalkingSince is not null && !agent.Preferences.AutoEnterIdle)
        {
            agent.Events.Enqueue(CallEvents.Plain(EventTypes.Work, now));
            agent.MoveTo(AgentState.WrapUp, now);
            if (!agent.Ended && settings.WrapUpDuration > TimeSpan.Zero)
            {
                var transitions = agent.Transitions;
                After(settings.WrapUpDuration, () => EndWrapUp(agent, transitions));
            }
        }
        else
        {
            agent.Events.Enqueue(CallEvents.Plain(EventTypes.Ready, now));
            agent.MoveTo(AgentState.Idle, now);
        }
    }

    /// <summary>
    /// The wrap-up duration after a call has passed: the agent goes idle (AgentState_Ready, INFERRED) unless it has
    /// left that wrap-up already.
    /// </summary>
    private void EndWrapUp(SignedInAgent agent, int transitions)
    {
        if (!agent.Ended && agent.State == AgentState.WrapUp && agent.Transitions == transitions)
        {
            var now = Now;
            agent.Events.Enqueue(CallEvents.Plain(EventTypes.Ready, now));
            agent.MoveTo(AgentState.Idle, now);
        }
    }

    private void End(Call call)
    {
        call.Ended = true;
        Cancel(call.RingTimer);
        call.RingTimer = null;
    }

    /// <summary>
    /// A non-always-off-hook agent's phone rings and goes off hook for the call. INFERRED: an always-off-hook agent
    /// (releasephone false) keeps its phone connected for the whole session, so neither event comes.
    /// </summary>
    private static void PickUp(SignedInAgent agent, DateTimeOffset now)
    {
        if (agent.Preferences.ReleasePhone)
        {
            agent.Events.Enqueue(CallEvents.Plain(CallEvents.PhoneAlerting, now));
            agent.Events.Enqueue(CallEvents.PhoneOff(now));
        }
    }

    /// <summary>A non-always-off-hook agent's phone is hung up after the call (AgentOther_PhoneRelease).</summary>
    private static void HangUpPhone(SignedInAgent agent, int phoneState, DateTimeOffset now)
    {
        if (agent.Preferences.ReleasePhone)
        {
            agent.Events.Enqueue(CallEvents.PhoneDown(phoneState, now));
        }
    }
}
