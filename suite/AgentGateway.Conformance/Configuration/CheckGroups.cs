namespace AgentGateway.Conformance.Configuration;

/// <summary>
/// The opt-in groups of checks: off by default, switched on with <c>--include</c>. A check of a group the run does not
/// include is skipped with that reason, and leaves the verdict as it is.
/// </summary>
public static class CheckGroups
{
    /// <summary>Checks that wait out one of the gateway's timeouts: minutes on a real gateway.</summary>
    public const string Slow = "slow";

    public static IReadOnlyList<string> All { get; } = [Slow];

    /// <summary>What the checks of a group have in common, for the reason a check of it is skipped.</summary>
    public static string Describe(string group) => group switch
    {
        Slow => "it waits out the gateway's session timeout",
        _ => throw new ArgumentException($"Unknown check group '{group}'; known groups: {string.Join(", ", All)}.", nameof(group)),
    };

    /// <summary>The groups of a comma-separated list; throws <see cref="SettingsException"/> for a group it does not know.</summary>
    public static IReadOnlySet<string> Parse(IEnumerable<string> names)
    {
        var groups = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var name in names.SelectMany(n => n.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var group = All.FirstOrDefault(g => string.Equals(g, name, StringComparison.OrdinalIgnoreCase))
                ?? throw new SettingsException(
                    $"Unknown check group '{name}' (AGW_INCLUDE, --include); known groups: {string.Join(", ", All)}.");
            groups.Add(group);
        }

        return groups;
    }
}
