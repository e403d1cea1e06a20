namespace AgentGateway.Reference.Tests.Variations;

/// <summary>
/// Marks a test that switches <see cref="Variation"/> on and shows the difference it describes, beside the reference
/// behaviour it replaces. A coverage test requires one for every entry of <see cref="GatewayVariations.All"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class VariationTestAttribute(GatewayVariation variation) : Attribute
{
    public GatewayVariation Variation { get; } = variation;
}
