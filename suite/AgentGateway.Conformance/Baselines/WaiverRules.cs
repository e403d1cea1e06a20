using AgentGateway.Conformance.Requirements;
using AgentGateway.Conformance.Results;

namespace AgentGateway.Conformance.Baselines;

/// <summary>
/// Applies a baseline to a run. A failed check is waived when a live waiver names it, or when live waivers name every
/// MUST requirement it violated; a waiver past its expiry waives nothing, so its failures fail the run again. The
/// check keeps its FAIL and its evidence: a waiver changes what the run comes to, never what the gateway did.
/// </summary>
public static class WaiverRules
{
    /// <summary>What each waiver did in <paramref name="run"/>, and the failed checks (<see cref="CheckResult.Key"/>) it waived.</summary>
    public static (IReadOnlyList<WaiverOutcome> Outcomes, IReadOnlySet<string> Waived) Apply(RunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Baseline is not { } baseline)
        {
            return ([], new HashSet<string>(StringComparer.Ordinal));
        }

        var day = DateOnly.FromDateTime(run.Started.UtcDateTime);
        var failed = run.Checks.Where(c => c.Status == CheckStatus.Fail).ToList();
        var outcomes = baseline.Waivers.Select(w => Outcome(w, run, failed, day)).ToList();
        var waiving = outcomes.Where(o => o.Status == WaiverStatus.Waiving).Select(o => o.Waiver.Id).ToHashSet(StringComparer.Ordinal);
        var waived = failed
            .Where(c => waiving.Contains(c.Key) || (Violated(c) is { Count: > 0 } violated && violated.All(waiving.Contains)))
            .Select(c => c.Key)
            .ToHashSet(StringComparer.Ordinal);
        return (outcomes, waived);
    }

    private static WaiverOutcome Outcome(Waiver waiver, RunResult run, IReadOnlyList<CheckResult> failed, DateOnly day)
    {
        var named = failed.Where(c => Names(waiver, c)).Select(c => c.Key).ToList();
        if (!waiver.IsLiveOn(day))
        {
            return new WaiverOutcome(waiver, WaiverStatus.Expired, named);
        }

        if (named.Count > 0)
        {
            return new WaiverOutcome(waiver, WaiverStatus.Waiving, named);
        }

        var judged = run.Checks.Any(c => c.Status is CheckStatus.Pass or CheckStatus.Warn or CheckStatus.Fail
            && (waiver.NamesRequirement ? c.RequirementIds.Contains(waiver.Id, StringComparer.Ordinal) : c.Key == waiver.Id));
        return new WaiverOutcome(waiver, judged ? WaiverStatus.Stale : WaiverStatus.NotJudged, []);
    }

    private static bool Names(Waiver waiver, CheckResult check) =>
        waiver.NamesRequirement ? Violated(check).Contains(waiver.Id, StringComparer.Ordinal) : check.Key == waiver.Id;

    /// <summary>The MUST requirements a check's findings violated.</summary>
    private static List<string> Violated(CheckResult check) =>
        [.. check.Findings.Where(f => !f.Held && f.Level == RequirementLevel.Must).Select(f => f.RequirementId).Distinct(StringComparer.Ordinal)];
}
