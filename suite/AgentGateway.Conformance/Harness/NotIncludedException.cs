using AgentGateway.Conformance.Configuration;

namespace AgentGateway.Conformance.Harness;

/// <summary>
/// The check belongs to an opt-in group the run does not include: it ends as SKIP with the option that includes it,
/// and, as an area left out by <c>--only</c>, does not make the run incomplete.
/// </summary>
public sealed class NotIncludedException : Exception
{
    public NotIncludedException(string group)
        : base($"Not included in this run: a {group} check ({CheckGroups.Describe(group)}); "
            + $"run it with --include {group} (AGW_INCLUDE, config key include).")
    {
        Group = group;
    }

    public NotIncludedException()
    {
        Group = "";
    }

    public NotIncludedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Group = "";
    }

    /// <summary>The opt-in group the check belongs to.</summary>
    public string Group { get; }
}
