namespace AgentGateway.Reference.Agents;

/// <summary>The state-change requests an agent can make without a call.</summary>
internal enum StateCommand
{
    SayBusy,
    SayFree,
    CancelBusy,
    Rest,
    CancelRest,
    Work,
    CancelWork,
}

/// <summary>
/// Which state changes are allowed from which state, and the event each queues. A change that is not allowed
/// changes nothing and queues nothing (the caller answers 100-009).
/// </summary>
internal static class StateMachine
{
    /// <summary>Applies <paramref name="command"/>; false when it is not allowed in the session's state.</summary>
    public static bool TryApply(SignedInAgent session, StateCommand command, int reason, DateTimeOffset now)
    {
        var from = session.State;
        (AgentState To, QueuedEvent Event)? change = command switch
        {
            StateCommand.SayBusy when from is AgentState.Idle or AgentState.Busy or AgentState.WrapUp =>
                (AgentState.Busy, QueuedEvent.WithReason(EventTypes.SetNotReadySuccess, reason, now)),
            StateCommand.SayFree when from is AgentState.Busy => (AgentState.Idle, Plain(EventTypes.CancelNotReadySuccess, now)),
            StateCommand.SayFree when from is AgentState.WrapUp => (AgentState.Idle, Plain(EventTypes.CancelWorkSuccess, now)),
            StateCommand.CancelBusy when from is AgentState.Busy => (AgentState.Idle, Plain(EventTypes.CancelNotReadySuccess, now)),
            StateCommand.Rest when from is AgentState.Idle or AgentState.Busy =>
                (AgentState.Rest, QueuedEvent.WithReason(EventTypes.SetRestSuccess, reason, now)),
            StateCommand.CancelRest when from is AgentState.Rest => (AgentState.Idle, Plain(EventTypes.CancelRestSuccess, now)),
            StateCommand.Work when from is AgentState.Idle or AgentState.Busy =>
                (AgentState.WrapUp, Plain(EventTypes.SetWorkSuccess, now)),
            StateCommand.CancelWork when from is AgentState.WrapUp => (AgentState.Idle, Plain(EventTypes.CancelWorkSuccess, now)),
            _ => null,
        };

        if (change is not { } allowed)
        {
            return false;
        }

        // Saying busy again while busy only renews the reason: the state itself does not change.
        if (allowed.To != from)
        {
            session.MoveTo(allowed.To, now);
        }

        session.Events.Enqueue(allowed.Event);
        return true;
    }

    /// <summary>The events a sign-in queues for the state the agent asked to start in.</summary>
    public static IEnumerable<QueuedEvent> SignInEvents(AgentState initial, DateTimeOffset now)
    {
        yield return Plain(EventTypes.InService, now);
        yield return Plain(EventTypes.Ready, now);
        if (initial == AgentState.Busy)
        {
            yield return QueuedEvent.WithReason(EventTypes.SetNotReadySuccess, 0, now);
        }
        else if (initial == AgentState.WrapUp)
        {
            yield return Plain(EventTypes.Work, now);
        }
    }

    private static QueuedEvent Plain(string eventType, DateTimeOffset now) => new(eventType, null, now);
}
