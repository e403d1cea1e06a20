namespace AgentGateway.Conformance.Comparison;

/// <summary>One check before and after, and how it changed.</summary>
public sealed record CheckComparison
{
    public required string Key { get; init; }
    public required string Area { get; init; }
    public required string Sentence { get; init; }
    public required IReadOnlyList<string> RequirementIds { get; init; }
    public required CheckChange Change { get; init; }

    /// <summary>The check's status in each round before; empty when the run before did not make it.</summary>
    public required IReadOnlyList<Results.CheckStatus> Before { get; init; }

    public required IReadOnlyList<Results.CheckStatus> After { get; init; }
}

/// <summary>
/// Two runs of the suite compared: the run before an upgrade and the run after, each one or more rounds. It is the model
/// <c>comparison.json</c> holds and <c>comparison.html</c> and <c>comparison.md</c> render; only check regressions fail
/// it, while behaviour drift and latency growth are shown for a person to weigh.
/// </summary>
public sealed record RunComparison
{
    public required SideFingerprint Before { get; init; }
    public required SideFingerprint After { get; init; }

    /// <summary>Why the two runs are not like with like; empty when they are.</summary>
    public required IReadOnlyList<string> Warnings { get; init; }

    /// <summary>How many checks changed in each way; every change is present.</summary>
    public required IReadOnlyDictionary<CheckChange, int> Counts { get; init; }

    /// <summary>Every check either side made: those of the run before in its order, then those only after.</summary>
    public required IReadOnlyList<CheckComparison> Checks { get; init; }

    /// <summary>Fields of a kind of response that changed type, presence or values.</summary>
    public required IReadOnlyList<FieldDrift> Drift { get; init; }

    /// <summary>Kinds of response only the run before got (a status that is gone, a step no longer reached).</summary>
    public required IReadOnlyList<string> KindsOnlyBefore { get; init; }

    public required IReadOnlyList<string> KindsOnlyAfter { get; init; }

    public required LatencyThresholds Thresholds { get; init; }

    public required IReadOnlyList<LatencyChange> Latency { get; init; }

    /// <summary>Whether any check regressed: what the comparison's exit code says.</summary>
    public bool HasRegressions => Counts[CheckChange.Regression] > 0;

    /// <summary>Compares <paramref name="before"/> with <paramref name="after"/>.</summary>
    public static RunComparison Of(RunSide before, RunSide after, LatencyThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var afterChecks = after.Checks.ToDictionary(c => c.Key, StringComparer.Ordinal);
        var beforeKeys = before.Checks.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var checks = before.Checks.Select(b => Compare(b, afterChecks.GetValueOrDefault(b.Key)))
            .Concat(after.Checks.Where(a => !beforeKeys.Contains(a.Key)).Select(a => Compare(null, a)))
            .ToList();
        var oldKinds = ResponseProfile.Of(before.Exchanges);
        var newKinds = ResponseProfile.Of(after.Exchanges);
        var fingerprintBefore = SideFingerprint.Of(before);
        var fingerprintAfter = SideFingerprint.Of(after);
        return new RunComparison
        {
            Before = fingerprintBefore,
            After = fingerprintAfter,
            Warnings = SideFingerprint.Unfairness(fingerprintBefore, fingerprintAfter),
            Counts = Enum.GetValues<CheckChange>().ToDictionary(c => c, c => checks.Count(x => x.Change == c)),
            Checks = checks,
            Drift = BehaviourDrift.Between(oldKinds, newKinds),
            KindsOnlyBefore = [.. oldKinds.Keys.Where(k => !newKinds.ContainsKey(k))],
            KindsOnlyAfter = [.. newKinds.Keys.Where(k => !oldKinds.ContainsKey(k))],
            Thresholds = thresholds,
            Latency = LatencyChange.Between(before.Exchanges, after.Exchanges, thresholds),
        };
    }

    private static CheckComparison Compare(CheckRounds? before, CheckRounds? after)
    {
        var either = before ?? after!;
        return new CheckComparison
        {
            Key = either.Key,
            Area = either.Area,
            Sentence = either.Sentence,
            RequirementIds = either.RequirementIds,
            Change = CheckChanges.Of(before, after),
            Before = before?.Statuses ?? [],
            After = after?.Statuses ?? [],
        };
    }
}
