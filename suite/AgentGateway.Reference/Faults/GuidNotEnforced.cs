using AgentGateway.Reference.Http;

namespace AgentGateway.Reference.Faults;

internal sealed class GuidNotEnforced() : Fault(
    GatewayFault.GuidNotEnforced,
    "guid-not-enforced",
    "HeaderEnforcement",
    "Calls of a signed-in agent succeed whatever the Guid header says, even when it is missing or unknown.")
{
    public override bool AcceptsGuid(PresentedGuid presented, bool accepted) => true;
}
