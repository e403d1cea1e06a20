namespace AgentGateway.Reference.Agents;

/// <summary>Everything the gateway keeps for one agent ID, guarded by one lock: the current session, if any.</summary>
internal sealed class AgentSlot(string agentId)
{
    public string AgentId { get; } = agentId;

    public Lock Gate { get; } = new();

    public SignedInAgent? Session { get; set; }

    public int SessionsStarted { get; set; }
}
