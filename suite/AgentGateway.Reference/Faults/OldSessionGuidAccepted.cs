namespace AgentGateway.Reference.Faults;

internal sealed class OldSessionGuidAccepted() : Fault(
    GatewayFault.OldSessionGuidAccepted,
    "old-session-guid-accepted",
    "HeaderEnforcement",
    "A Guid of an earlier session of the same agent is still accepted after sign-out and sign-in.")
{
}
