namespace AgentGateway.Reference.Faults;

internal sealed class StateOutOfTable() : Fault(
    GatewayFault.StateOutOfTable,
    "state-out-of-table",
    "Enumerations",
    "state is reported as 0 (the gateway table's 'unknown'), which is not a Table 3 value.")
{
}
