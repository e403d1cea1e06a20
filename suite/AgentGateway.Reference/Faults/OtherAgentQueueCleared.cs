namespace AgentGateway.Reference.Faults;

internal sealed class OtherAgentQueueCleared() : Fault(
    GatewayFault.OtherAgentQueueCleared,
    "other-agent-queue-cleared",
    "QueueClearing",
    "syncagentinfo also clears the queues of every other signed-in agent.")
{
}
