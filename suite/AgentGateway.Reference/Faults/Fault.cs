using System.Text.Json.Nodes;

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

    /// <summary>Gives a field a new value in its place; a field that another fault left out stays out.</summary>
    protected static void Replace(JsonObject json, string name, JsonNode? value)
    {
        if (json.ContainsKey(name))
        {
            json[name] = value;
        }
    }
}
