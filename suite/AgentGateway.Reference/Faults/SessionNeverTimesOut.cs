using AgentGateway.Reference.Agents;

namespace AgentGateway.Reference.Faults;

internal sealed class SessionNeverTimesOut() : Fault(
    GatewayFault.SessionNeverTimesOut,
    "session-never-times-out",
    "HeaderEnforcement",
    "An agent that makes no request for the session timeout stays signed in, and its syncs still succeed.")
{
    public override bool EndsIdleSession(SignedInAgent session, bool idleTooLong) => false;
}
