using AgentGateway.Reference.Http;

namespace AgentGateway.Reference.Faults;

internal sealed class OldSessionGuidAccepted() : Fault(
    GatewayFault.OldSessionGuidAccepted,
    "old-session-guid-accepted",
    "HeaderEnforcement",
    "A Guid of an earlier session of the same agent is still accepted after sign-out and sign-in.")
{
    public override bool AcceptsGuid(PresentedGuid presented, bool accepted) =>
        accepted
        || (presented.Owner is { } owner
            && string.Equals(owner.AgentId, presented.AgentId, StringComparison.Ordinal)
            && owner.SessionNumber != presented.Agent.Number);
}
