using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Calls;

namespace AgentGateway.Reference.Http;

/// <summary>What every endpoint shares: the settings, the agents and their calls, the Guid check, the clock and the stop signal.</summary>
internal sealed record GatewayServices(
    GatewaySettings Settings,
    AgentRegistry Registry,
    GuidAuthenticator Authenticator,
    TimeProvider Time,
    CancellationToken Stopping)
{
    public DateTimeOffset Now => Time.GetUtcNow();

    public CallDesk Calls => Registry.Calls;
}
