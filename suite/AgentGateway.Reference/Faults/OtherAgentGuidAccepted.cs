namespace AgentGateway.Reference.Faults;

internal sealed class OtherAgentGuidAccepted() : Fault(
    GatewayFault.OtherAgentGuidAccepted,
    "other-agent-guid-accepted",
    "HeaderEnforcement",
    "A Guid issued to another agent is accepted as if it were this agent's.")
{
}
