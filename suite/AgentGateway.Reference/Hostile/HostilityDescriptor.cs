namespace AgentGateway.Reference;

/// <summary>One hostile mode as data: its kebab-case command-line name and a one-sentence description.</summary>
public sealed record HostilityDescriptor(GatewayHostility Hostility, string Name, string Description);
