namespace AgentGateway.Reference;

/// <summary>One conformant variation as data: its kebab-case command-line name and a one-sentence description.</summary>
public sealed record VariationDescriptor(GatewayVariation Variation, string Name, string Description);
