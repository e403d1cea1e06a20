using AgentGateway.Reference.Agents;

namespace AgentGateway.Reference.Http;

/// <summary>A syncagentinfo of a signed-in agent, as the fault hooks see it: the agent, its slot and the gateway's services.</summary>
internal sealed record SyncContext(string AgentId, AgentSlot Slot, SignedInAgent Agent, GatewayServices Services)
{
    public DateTimeOffset Now => Services.Now;

    public GatewaySettings Settings => Services.Settings;

    public AgentRegistry Registry => Services.Registry;
}
