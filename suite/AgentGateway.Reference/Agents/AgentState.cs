namespace AgentGateway.Reference.Agents;

/// <summary>The agent states the gateway models, valued as in Table 3 of the Agent Status page.</summary>
internal enum AgentState
{
    Idle = 1,
    WrapUp = 2,
    Rest = 3,
    Busy = 4,
}

/// <summary>Mappings of <see cref="AgentState"/> onto the documented tables.</summary>
internal static class AgentStates
{
    /// <summary>lastState of an agent that has had no transition since sign-in (Table 3 "abnormal").</summary>
    public const int NoPreviousState = 255;

    /// <summary>The CC-Gateway state (Table 1) that <c>agentstatus</c> reports.</summary>
    public static int ToGatewayTable(AgentState state) => state switch
    {
        AgentState.Idle => 4,
        AgentState.Busy => 3,
        AgentState.WrapUp => 5,
        AgentState.Rest => 8,
        _ => 0,
    };
}
