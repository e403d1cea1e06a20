namespace AgentGateway.Reference.Faults;

internal sealed class FirstEventAfterSyncDropped() : Fault(
    GatewayFault.FirstEventAfterSyncDropped,
    "first-event-after-sync-dropped",
    "QueueClearing",
    "syncagentinfo clears the queue and also drops the first event made after it, as if the clearing ran one event late.")
{
}
