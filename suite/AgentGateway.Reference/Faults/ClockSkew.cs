using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Http;

namespace AgentGateway.Reference.Faults;

internal sealed class ClockSkew() : Fault(
    GatewayFault.ClockSkew,
    "clock-skew",
    "Consistency",
    "currentTime runs 10 minutes behind the real clock.")
{
    private static readonly TimeSpan Behind = TimeSpan.FromMinutes(10);

    public override ReportedAgent ReportAgent(ReportedAgent reported, SignedInAgent agent) =>
        reported with { CurrentTime = reported.CurrentTime - Behind };
}
