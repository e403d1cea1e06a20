using System.Globalization;
using System.Text.Json.Nodes;

namespace AgentGateway.Reference.Faults;

internal sealed class EventWorkNoAsNumber() : Fault(
    GatewayFault.EventWorkNoAsNumber,
    "event-workno-as-number",
    "SchemaConformance",
    "Polled events carry workNo as a JSON number instead of a string.")
{
    public override void ShapePolledEvent(JsonObject polledEvent, string agentId) =>
        polledEvent["workNo"] = int.Parse(agentId, NumberStyles.None, CultureInfo.InvariantCulture);
}
