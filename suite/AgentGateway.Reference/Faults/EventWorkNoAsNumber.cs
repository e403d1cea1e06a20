namespace AgentGateway.Reference.Faults;

internal sealed class EventWorkNoAsNumber() : Fault(
    GatewayFault.EventWorkNoAsNumber,
    "event-workno-as-number",
    "SchemaConformance",
    "Polled events carry workNo as a JSON number instead of a string.")
{
}
