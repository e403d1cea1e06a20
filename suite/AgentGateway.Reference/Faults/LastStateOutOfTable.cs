namespace AgentGateway.Reference.Faults;

internal sealed class LastStateOutOfTable() : Fault(
    GatewayFault.LastStateOutOfTable,
    "laststate-out-of-table",
    "Enumerations",
    "lastState is -1 instead of 255 while the agent has no previous state.")
{
}
