namespace AgentGateway.Reference.Faults;

internal sealed class ClockSkew() : Fault(
    GatewayFault.ClockSkew,
    "clock-skew",
    "Consistency",
    "currentTime runs 10 minutes behind the real clock.")
{
}
