using AgentGateway.Conformance.Results;

namespace AgentGateway.Conformance.Comparison;

/// <summary>What one side of a comparison was: its verdict and what it ran against, with which suite and settings.</summary>
public sealed record SideFingerprint
{
    /// <summary>The results.json or reports folder the side was read from.</summary>
    public required string Source { get; init; }

    public required Verdict Verdict { get; init; }

    /// <summary>The verdict as the run's reports print it: "CONFORMANT, calls not tested".</summary>
    public required string Wording { get; init; }

    public required DateTimeOffset Started { get; init; }
    public string? Url { get; init; }
    public string? CertificateSha256 { get; init; }
    public string? ServerHeader { get; init; }
    public required string SuiteVersion { get; init; }
    public required string RequirementSetVersion { get; init; }
    public required string Profile { get; init; }
    public required string Edition { get; init; }

    /// <summary>The areas the run was limited to (<c>--only</c>); empty for every area.</summary>
    public required IReadOnlyList<string> OnlyAreas { get; init; }

    /// <summary>The opt-in groups the run included (<c>--include</c>).</summary>
    public required IReadOnlyList<string> Included { get; init; }

    /// <summary>How many rounds of the run the side holds: 1 for one results.json.</summary>
    public required int Rounds { get; init; }

    /// <summary>Why the run could not start checking, when it could not.</summary>
    public string? SetupError { get; init; }

    /// <summary>The fingerprint of <paramref name="side"/>, from its first round.</summary>
    public static SideFingerprint Of(RunSide side)
    {
        ArgumentNullException.ThrowIfNull(side);
        var run = side.Run;
        return new SideFingerprint
        {
            Source = side.Source,
            Verdict = run.Verdict,
            Wording = run.Summary.Wording,
            Started = run.Started,
            Url = run.Target?.BaseUrl,
            CertificateSha256 = run.Target?.CertificateSha256,
            ServerHeader = run.Target?.ServerHeader,
            SuiteVersion = run.SuiteVersion,
            RequirementSetVersion = run.RequirementSetVersion,
            Profile = run.Profile,
            Edition = run.Edition,
            OnlyAreas = run.OnlyAreas,
            Included = run.Included,
            Rounds = side.Rounds.Count,
            SetupError = run.SetupError,
        };
    }

    /// <summary>
    /// Why comparing <paramref name="before"/> with <paramref name="after"/> is not like with like: another suite or
    /// catalogue version, profile, edition, set of areas or opt-in groups, or a side that never started checking.
    /// A different URL, certificate or Server header is what an upgrade changes, and is only shown.
    /// </summary>
    public static IReadOnlyList<string> Unfairness(SideFingerprint before, SideFingerprint after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var warnings = new List<string>();
        Differs("suite version", before.SuiteVersion, after.SuiteVersion, "checks may have been added, removed or changed");
        Differs("requirement set version", before.RequirementSetVersion, after.RequirementSetVersion, "the requirements judged differ");
        Differs("profile", before.Profile, after.Profile, "the strict profile judges more than the compatible one");
        Differs("edition", before.Edition, after.Edition, "the editions differ in agent ID range and event fields");
        Differs("areas (--only)", Areas(before.OnlyAreas), Areas(after.OnlyAreas),
            "checks of an area one run left out show as added or removed");
        Differs("opt-in groups (--include)", Groups(before.Included), Groups(after.Included), "opt-in checks skipped on one side only");
        foreach (var (name, side) in new[] { ("before", before), ("after", after) })
        {
            if (side.SetupError is not null)
            {
                warnings.Add($"The run {name} never started checking ({side.SetupError}): its side has no checks to compare.");
            }
        }

        return warnings;

        void Differs(string what, string old, string now, string why)
        {
            if (!string.Equals(old, now, StringComparison.Ordinal))
            {
                warnings.Add($"Different {what}: {old} before, {now} after; {why}.");
            }
        }

        static string Areas(IReadOnlyList<string> areas) => areas.Count == 0 ? "all" : Sorted(areas);

        static string Groups(IReadOnlyList<string> groups) => groups.Count == 0 ? "none" : Sorted(groups);

        static string Sorted(IReadOnlyList<string> names) => string.Join(",", names.Order(StringComparer.Ordinal));
    }
}
