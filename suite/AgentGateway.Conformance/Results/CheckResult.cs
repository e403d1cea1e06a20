using System.Text.Json.Serialization;
using AgentGateway.Conformance.Http;

namespace AgentGateway.Conformance.Results;

/// <summary>The outcome of one check, with its evidence: findings and the recorded exchanges.</summary>
public sealed record CheckResult
{
    public required string Area { get; init; }
    public required string Fixture { get; init; }

    /// <summary>The requirement sentence the check is named after (its NUnit test name).</summary>
    public required string Name { get; init; }

    /// <summary>The name as a reader sees it: <c>Refuses_a_bad_Guid(empty)</c> reads "Refuses a bad Guid (empty)".</summary>
    [JsonIgnore]
    public string Sentence => Name.Replace('_', ' ').Replace("(", " (", StringComparison.Ordinal);

    /// <summary>
    /// What names the check across runs, rounds, waivers and comparisons: its fixture and its name, test case arguments
    /// included (<c>QueueClearingTests.Clears_the_queue_after_a_sync</c>).
    /// </summary>
    [JsonIgnore]
    public string Key => $"{Fixture}.{Name}";

    public required IReadOnlyList<string> RequirementIds { get; init; }
    public required CheckStatus Status { get; init; }
    public string? Message { get; init; }
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>What the check saw beyond its findings, for a reader to weigh a PASS (the values an enumeration showed).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
    public IReadOnlyList<Exchange> Exchanges { get; init; } = [];

    /// <summary>Seed of the check's generated data, from the run's seed and the check's name; AGW_SEED with the run's seed replays it.</summary>
    public int Seed { get; init; }

    /// <summary>The opt-in group the check belongs to (<c>--include</c>); null for a check every run makes.</summary>
    public string? OptInGroup { get; init; }

    public double DurationMilliseconds { get; init; }

    /// <summary>When the check started, its agents leased; null in a results.json written before checks recorded it.</summary>
    public DateTimeOffset? Started { get; init; }

    /// <summary>The agents the check leased for itself, by work number; no other check used them while it ran.</summary>
    public IReadOnlyList<string> Agents { get; init; } = [];
}
