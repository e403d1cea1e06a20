namespace AgentGateway.Reference.Faults;

internal sealed class SyncQueuesEvent() : Fault(
    GatewayFault.SyncQueuesEvent,
    "sync-queues-event",
    "QueueClearing",
    "syncagentinfo clears the queue but then queues an AgentState_Ready event re-announcing the state.")
{
}
