using AgentGateway.Reference.Http;
using Route = AgentGateway.Reference.Http.Route;

namespace AgentGateway.Reference.Faults;

internal sealed class SignInIdNormalised() : Fault(
    GatewayFault.SignInIdNormalised,
    "sign-in-id-normalised",
    "AgentIdBounds",
    "Sign-in percent-decodes and trims the agent ID of its path, so '%2041001%20' signs agent 41001 in.")
{
    public override string ReadAgentId(Route route, string agentId) =>
        route.IsSignIn ? Uri.UnescapeDataString(agentId).Trim() : agentId;
}
