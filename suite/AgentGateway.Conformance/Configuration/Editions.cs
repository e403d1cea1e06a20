namespace AgentGateway.Conformance.Configuration;

/// <summary>The inclusive range of valid agent IDs.</summary>
public readonly record struct AgentIdRange(long Min, long Max);

/// <summary>
/// The documentation editions the suite knows. The published page says 101..59999; the 2025 pages say 101..999999.
/// </summary>
public static class Editions
{
    public const string Default = "default";
    public const string Edition2025 = "2025";

    public static IReadOnlyList<string> All { get; } = [Default, Edition2025];

    public static AgentIdRange RangeOf(string edition) => edition switch
    {
        Default => new AgentIdRange(101, 59_999),
        Edition2025 => new AgentIdRange(101, 999_999),
        _ => throw new ArgumentException($"Unknown edition '{edition}'; use one of: {string.Join(", ", All)}.", nameof(edition)),
    };
}
