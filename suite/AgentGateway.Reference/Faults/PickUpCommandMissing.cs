using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Calls;

namespace AgentGateway.Reference.Faults;

internal sealed class PickUpCommandMissing() : Fault(
    GatewayFault.PickUpCommandMissing,
    "pick-up-command-missing",
    "Calls",
    "An agent that took a call reports curCommand 0 while it talks, instead of 1 (the agent hooks on a call).")
{
    public override ReportedCall ReportCall(ReportedCall reported, SignedInAgent agent) =>
        reported.CurCommand == CallCommands.PickUp ? reported with { CurCommand = 0, CommandSince = null } : reported;
}
