namespace AgentGateway.Reference.Tests.Hostile;

/// <summary>
/// Marks a test that switches <see cref="Hostility"/> on and shows, on a real socket, what a client receives. A coverage
/// test requires one for every entry of <see cref="GatewayHostilities.All"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class HostileTestAttribute(GatewayHostility hostility) : Attribute
{
    public GatewayHostility Hostility { get; } = hostility;
}
