namespace AgentGateway.Reference.Faults;

internal sealed class LastStateNotTracked() : Fault(
    GatewayFault.LastStateNotTracked,
    "laststate-not-tracked",
    "Consistency",
    "lastState stays 255 after state changes.")
{
}
