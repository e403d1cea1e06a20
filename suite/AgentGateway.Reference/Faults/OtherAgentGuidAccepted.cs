using AgentGateway.Reference.Http;

namespace AgentGateway.Reference.Faults;

internal sealed class OtherAgentGuidAccepted() : Fault(
    GatewayFault.OtherAgentGuidAccepted,
    "other-agent-guid-accepted",
    "HeaderEnforcement",
    "A Guid issued to another agent is accepted as if it were this agent's.")
{
    public override bool AcceptsGuid(PresentedGuid presented, bool accepted) =>
        accepted || (presented.Owner is { } owner && !string.Equals(owner.AgentId, presented.AgentId, StringComparison.Ordinal));
}
