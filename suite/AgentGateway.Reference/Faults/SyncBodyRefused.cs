namespace AgentGateway.Reference.Faults;

internal sealed class SyncBodyRefused() : Fault(
    GatewayFault.SyncBodyRefused,
    "sync-body-refused",
    "HeaderEnforcement",
    "A syncagentinfo carrying any request body (even {}) is refused with 000-002, though a body should be ignored.")
{
}
