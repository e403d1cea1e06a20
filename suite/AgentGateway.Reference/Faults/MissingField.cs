namespace AgentGateway.Reference.Faults;

internal sealed class MissingField() : Fault(
    GatewayFault.MissingField,
    "missing-field",
    "SchemaConformance",
    "agentStateInfo leaves out the curCommand field.")
{
}
