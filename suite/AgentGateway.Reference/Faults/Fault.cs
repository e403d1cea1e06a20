using System.Text.Json.Nodes;
using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Http;

namespace AgentGateway.Reference.Faults;

/// <summary>
/// One fault mode: its descriptor and the hooks it deviates at; every other hook stays conformant. Each fault lives in
/// its own file under Faults/, in a class named as its <see cref="GatewayFault"/>, and <see cref="GatewayFaults.All"/>
/// is made from those classes.
/// </summary>
internal abstract class Fault(GatewayFault fault, string name, string area, string description) : FaultHooks
{
    public FaultDescriptor Descriptor { get; } = new(fault, name, description, area);

    /// <summary>The agentStateInfo object of a sync result.</summary>
    protected static JsonObject StateInfo(JsonObject result) => result["agentStateInfo"]!.AsObject();

    /// <summary>
    /// A successful syncagentinfo answer about an agent the gateway knows nothing of: the state of an agent of the slot's
    /// ID just signed in and idle, as a gateway that makes up a session for any agent ID would report it.
    /// </summary>
    protected static GatewayAnswer FreshAgentSync(AgentSlot slot, GatewayServices services)
    {
        var now = services.Now;
        var fresh = new SignedInAgent(slot.AgentId, 0, "", AgentState.Idle, "", now);
        var result = SyncResult.Build(fresh, slot.AgentId, now, services.Settings);
        return GatewayAnswer.Json(new JsonObject { ["result"] = result, ["message"] = "success", ["retcode"] = Retcodes.Success });
    }

    /// <summary>Gives a field a new value in its place; a field that another fault left out stays out.</summary>
    protected static void Replace(JsonObject json, string name, JsonNode? value)
    {
        if (json.ContainsKey(name))
        {
            json[name] = value;
        }
    }
}
