namespace AgentGateway.Reference.Faults;

internal sealed class QueuePartlyCleared() : Fault(
    GatewayFault.QueuePartlyCleared,
    "queue-partly-cleared",
    "QueueClearing",
    "syncagentinfo removes only the oldest queued event.")
{
}
