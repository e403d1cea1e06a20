namespace AgentGateway.Reference.Faults;

internal sealed class SyncAnswersOtherMethods() : Fault(
    GatewayFault.SyncAnswersOtherMethods,
    "sync-answers-other-methods",
    "Methods",
    "GET, PUT, DELETE and PATCH on syncagentinfo behave like POST, clearing the queue.")
{
}
