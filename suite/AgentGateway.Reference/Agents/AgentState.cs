namespace AgentGateway.Reference.Agents;

/// <summary>The agent states the gateway models, valued as in Table 3 of the Agent Status page.</summary>
internal enum AgentState
{
    Idle = 1,
    WrapUp = 2,
    Rest = 3,
    Busy = 4,

    /// <summary>The agent has placed a call that the other party has not answered yet.</summary>
    OutboundCalling = 6,

    /// <summary>A call is offered to the agent, which must answer it (manual answer).</summary>
    Ringing = 8,

    Talking = 9,

    /// <summary>The agent holds its call.</summary>
    Hold = 11,
}

/// <summary>Mappings of <see cref="AgentState"/> onto the documented tables.</summary>
internal static class AgentStates
{
    /// <summary>lastState of an agent that has had no transition since sign-in (Table 3 "abnormal").</summary>
    public const int NoPreviousState = 255;

    /// <summary>Whether the state is one of a call (Table 3 values 5-17).</summary>
    public static bool IsCall(AgentState state) => (int)state is >= 5 and <= 17;

    /// <summary>The CC-Gateway state (Table 1) that <c>agentstatus</c> reports; every call state is 7, talking.</summary>
    public static int ToGatewayTable(AgentState state) => state switch
    {
        AgentState.Idle => 4,
        AgentState.Busy => 3,
        AgentState.WrapUp => 5,
        AgentState.Rest => 8,
        _ when IsCall(state) => 7,
        _ => 0,
    };
}
