using AgentGateway.Conformance.Baselines;
using AgentGateway.Conformance.Requirements;

namespace AgentGateway.Conformance.Results;

/// <summary>
/// What a run comes to, computed once from its checks and the catalogue: the count of each status, the verdict with
/// the reasons for it, and the status of every requirement. The console, <c>results.json</c>, <c>junit.xml</c>,
/// <c>conformance.html</c> and the fault-matrix tests all read this one summary.
/// </summary>
public sealed record RunSummary
{
    public required Verdict Verdict { get; init; }

    /// <summary>The verdict as every report prints it, with what it does not cover: "CONFORMANT, calls not tested".</summary>
    public required string Wording { get; init; }

    /// <summary>Why the verdict is what it is, in words, most important first.</summary>
    public required IReadOnlyList<string> Reasons { get; init; }

    /// <summary>How many checks ended with each status; every status is present.</summary>
    public required IReadOnlyDictionary<CheckStatus, int> Counts { get; init; }

    /// <summary>The status of each requirement of the catalogue, in its order; null where no check named it.</summary>
    public required IReadOnlyDictionary<string, CheckStatus?> Requirements { get; init; }

    /// <summary>The MUST requirements some finding violated: the FAILs of the run.</summary>
    public required IReadOnlyList<string> Failed { get; init; }

    /// <summary>The SHOULD requirements some finding violated: the WARNs of the run.</summary>
    public required IReadOnlyList<string> Warned { get; init; }

    /// <summary>What each waiver of the run's baseline did; empty without a baseline.</summary>
    public IReadOnlyList<WaiverOutcome> Waivers { get; init; } = [];

    /// <summary>The failed checks (fixture and name) that live waivers accepted: still FAIL, but not failing the run.</summary>
    public IReadOnlyList<string> Waived { get; init; } = [];

    /// <summary>Whether a live waiver accepted <paramref name="check"/>'s FAIL (see <see cref="Waived"/>).</summary>
    public bool IsWaived(CheckResult check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return Waived.Contains(check.Key, StringComparer.Ordinal);
    }

    /// <summary>How many checks ended with <paramref name="status"/>.</summary>
    public int Count(CheckStatus status) => Counts.GetValueOrDefault(status);

    /// <summary>Summarises <paramref name="run"/> against <paramref name="catalogue"/>.</summary>
    public static RunSummary Of(RunResult run, RequirementCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(catalogue);
        var violated = run.Checks.SelectMany(c => c.Findings).Where(f => !f.Held).ToList();
        var (waivers, waived) = WaiverRules.Apply(run);
        var verdict = VerdictRules.Decide(run, catalogue, waived);
        return new RunSummary
        {
            Verdict = verdict,
            Wording = VerdictRules.Wording(run, verdict),
            Reasons = VerdictRules.Reasons(run, catalogue, verdict, waivers, waived),
            Waivers = waivers,
            Waived = [.. waived.Order(StringComparer.Ordinal)],
            Counts = Enum.GetValues<CheckStatus>().ToDictionary(s => s, s => run.Checks.Count(c => c.Status == s)),
            Requirements = catalogue.All.ToDictionary(
                r => r.Id,
                r => StatusOf(r, [.. run.Checks.Where(c => c.RequirementIds.Contains(r.Id, StringComparer.Ordinal))]),
                StringComparer.Ordinal),
            Failed = Ids(violated.Where(f => f.Level == RequirementLevel.Must)),
            Warned = Ids(violated.Where(f => f.Level == RequirementLevel.Should)),
        };
    }

    /// <summary>
    /// A requirement's status from the checks that name it: FAIL or WARN when any finding about it was violated, ERROR
    /// when one of its checks errored, PASS when it was judged and held, else the status of its checks (SKIP).
    /// </summary>
    private static CheckStatus? StatusOf(Requirement requirement, IReadOnlyList<CheckResult> naming)
    {
        if (naming.Count == 0)
        {
            return null;
        }

        var findings = naming.SelectMany(c => c.Findings).Where(f => f.RequirementId == requirement.Id).ToList();
        if (findings.Any(f => !f.Held))
        {
            return requirement.Level == RequirementLevel.Must ? CheckStatus.Fail : CheckStatus.Warn;
        }

        if (naming.Any(c => c.Status == CheckStatus.Error))
        {
            return CheckStatus.Error;
        }

        if (findings.Count > 0 || naming.Any(c => c.Status == CheckStatus.Pass))
        {
            return CheckStatus.Pass;
        }

        return naming.FirstOrDefault(c => c.Status is CheckStatus.Fail or CheckStatus.Warn)?.Status ?? CheckStatus.Skip;
    }

    private static List<string> Ids(IEnumerable<Finding> findings) =>
        [.. findings.Select(f => f.RequirementId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
