using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Http;

namespace AgentGateway.Reference.Calls;

/// <summary>What a call request asks for: the called number and the optional calling number, skill and call data.</summary>
internal sealed record CallOrder(string Called, string Caller, int SkillId, string CallData);

/// <summary>The outcome of a call request: the new callid, nothing (done), or the retcode that refuses it.</summary>
internal readonly record struct CallResult(string? CallId, string? Refusal)
{
    public static CallResult Done => default;

    public static CallResult Placed(string callId) => new(callId, null);

    public static CallResult Refused(string retcode) => new(null, retcode);
}

/// <summary>
/// The gateway's calls: places internal, outbound and inbound calls and moves each agent in them through the events and
/// Table 3 states of its part. One lock, <see cref="Gate"/>, guards every call and every agent's state, so that a call
/// changes both its agents at once; it is taken inside a slot's lock, never around one. Ring timeouts and wrap-up
/// durations run on timers of the gateway's <see cref="TimeProvider"/>, so a fake clock drives them.
/// </summary>
internal sealed partial class CallDesk(GatewaySettings settings, TimeProvider time, Func<string, SignedInAgent?> findAgent)
    : IDisposable
{
    private readonly HashSet<ITimer> _timers = [];
    private int _sequence;

    public Lock Gate { get; } = new();

    private DateTimeOffset Now => time.GetUtcNow();

    /// <summary>
    /// callinner (<paramref name="outbound"/> false) or callout: the call is placed and its callid answered even when it
    /// then fails, as the failure is reported by events (Inside_Call_Fail, Call_Out_Fail). The caller may be idle, busy
    /// or in wrap-up; in rest or in a call it is refused with 100-007 (INFERRED: the documents list no code of their own).
    /// </summary>
    public CallResult Place(SignedInAgent caller, CallOrder order, bool outbound)
    {
        lock (Gate)
        {
            if (caller.Call is not null || caller.State is not (AgentState.Idle or AgentState.Busy or AgentState.WrapUp))
            {
                return CallResult.Refused(Retcodes.OperationFailed);
            }

            var now = Now;
            var call = new Call
            {
                Id = NextId(now),
                Feature = outbound ? CallTypes.Outbound : CallTypes.Internal,
                // INFERRED: without a calling number the call shows the agent's work number (the platform default).
                CallerNo = order.Caller.Length > 0 ? order.Caller : caller.AgentId,
                CalledNo = order.Called,
                CallData = order.CallData,
                SkillId = order.SkillId,
                CreatedAt = now,
            };
            var leg = new CallLeg(caller, call, CallPhase.Dialling);
            call.Origin = leg;
            caller.Call = leg;
            PickUp(caller, now);
            caller.Events.Enqueue(CallEvents.Plain(CallEvents.Busy, now));
            // INFERRED: the caller is "outbound calling" (6) until answered, for an internal call as for a callout.
            caller.MoveTo(AgentState.OutboundCalling, now);
            leg.Give(CallCommands.FirstOutboundCall, now);
            if (outbound)
            {
                // INFERRED: a number that is not a configured far end fails as a busy one does.
                Dial(call, settings.FarEnds.GetValueOrDefault(order.Called, FarEndBehaviour.Busy), now);
            }
            else
            {
                var callee = AgentIdRules.IsValid(order.Called, settings) ? findAgent(order.Called) : null;
                if (CanTake(callee) && !ReferenceEquals(callee, caller))
                {
                    Offer(call, callee!, now);
                }
                else
                {
                    Fail(call, now, CallEvents.InsideCallFail);
                }
            }

            return CallResult.Placed(call.Id);
        }
    }

    /// <summary>
    /// A call from a far-end number to the agent, as the control endpoint places it; refused with 100-006 when the agent
    /// is not signed in, with 100-007 when it is not idle or already has a call.
    /// </summary>
    public CallResult PlaceInbound(SignedInAgent? agent, string callerNo, string calledNo, string callData)
    {
        lock (Gate)
        {
            if (agent is null || agent.Ended)
            {
                return CallResult.Refused(Retcodes.NotSignedIn);
            }

            if (!CanTake(agent))
            {
                return CallResult.Refused(Retcodes.OperationFailed);
            }

            var now = Now;
            var call = new Call
            {
                Id = NextId(now),
                Feature = CallTypes.Inbound,
                CallerNo = callerNo,
                CalledNo = calledNo.Length > 0 ? calledNo : agent.AgentId,
                CallData = callData,
                CreatedAt = now,
            };
            Offer(call, agent, now);
            return CallResult.Placed(call.Id);
        }
    }

    /// <summary>Sets the agent's call preferences (autoanswer, autoenteridle); they apply to the next call.</summary>
    public void Prefer(SignedInAgent agent, Func<CallPreferences, CallPreferences> change)
    {
        lock (Gate)
        {
            agent.Preferences = change(agent.Preferences);
        }
    }

    public void Dispose()
    {
        lock (Gate)
        {
            foreach (var timer in _timers)
            {
                timer.Dispose();
            }

            _timers.Clear();
        }
    }

    /// <summary>Whether a call can be offered to the agent: signed in, idle and without a call.</summary>
    private static bool CanTake(SignedInAgent? agent) => agent is { Ended: false, Call: null, State: AgentState.Idle };

    /// <summary>callid as every documented example writes it: epoch seconds, a dash, a sequence number.</summary>
    private string NextId(DateTimeOffset now) =>
        FormattableString.Invariant($"{now.ToUnixTimeSeconds()}-{++_sequence}");

    /// <summary>Runs <paramref name="action"/> under the lock after <paramref name="delay"/>, unless cancelled first.</summary>
    private ITimer After(TimeSpan delay, Action action)
    {
        ITimer? timer = null;
        timer = time.CreateTimer(_ =>
        {
            lock (Gate)
            {
                if (_timers.Remove(timer!))
                {
                    timer!.Dispose();
                    action();
                }
            }
        }, null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _timers.Add(timer);
        timer.Change(delay, Timeout.InfiniteTimeSpan);
        return timer;
    }

    private void Cancel(ITimer? timer)
    {
        if (timer is not null && _timers.Remove(timer))
        {
            timer.Dispose();
        }
    }
}
