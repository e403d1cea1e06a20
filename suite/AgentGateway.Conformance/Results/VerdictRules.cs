using System.Globalization;
using AgentGateway.Conformance.Requirements;

namespace AgentGateway.Conformance.Results;

/// <summary>
/// Turns check outcomes into the run's verdict: any FAIL is NOT CONFORMANT; otherwise errors, skipped MUST checks,
/// a failed setup, an interrupted run or a run where most checks never got to judge the gateway is INCOMPLETE, never a
/// hollow pass; a run without calls says so in its wording. A check of an opt-in group the run did not include was not asked for, as an
/// area left out by <c>--only</c>: its SKIP counts for neither.
/// </summary>
public static class VerdictRules
{
    public static Verdict Decide(RunResult run, RequirementCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(run);
        var checks = run.Checks;
        if (checks.Any(c => c.Status == CheckStatus.Fail))
        {
            return Verdict.NotConformant;
        }

        var incomplete = run.SetupError is not null
            || run.Interrupted is not null
            || checks.Count == 0
            || checks.Any(c => c.Status == CheckStatus.Error)
            || SkippedMust(run, catalogue) > 0
            || MostUndecided(run);
        return incomplete ? Verdict.Incomplete : Verdict.Conformant;
    }

    /// <summary>Why the verdict is what it is, in the terms of <see cref="Decide"/>, most important first.</summary>
    public static IReadOnlyList<string> Reasons(RunResult run, RequirementCatalogue catalogue, Verdict verdict)
    {
        ArgumentNullException.ThrowIfNull(run);
        var reasons = new List<string>();
        var checks = run.Checks;
        if (run.SetupError is not null)
        {
            reasons.Add($"Setup error: the run stopped before checking the gateway: {run.SetupError}");
        }

        if (run.Interrupted is not null)
        {
            reasons.Add(
                $"Interrupted ({run.Interrupted}): the run stopped before its end, and the checks it had not finished were skipped");
        }

        var failed = checks.Where(c => c.Status == CheckStatus.Fail).ToList();
        if (failed.Count > 0)
        {
            var broken = failed.SelectMany(c => c.Findings).Where(f => !f.Held && f.Level == RequirementLevel.Must).Select(f => f.RequirementId)
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            reasons.Add($"{Number(failed.Count)} checks failed a MUST requirement: {string.Join(", ", broken)}");
        }

        var errors = checks.Count(c => c.Status == CheckStatus.Error);
        if (errors > 0)
        {
            reasons.Add($"{Number(errors)} checks ended in a suite error (ERROR); they say nothing about the gateway");
        }

        var skippedMust = SkippedMust(run, catalogue);
        if (skippedMust > 0)
        {
            reasons.Add($"{Number(skippedMust)} checks of MUST requirements were skipped: they could not be decided on this target");
        }

        if (run.SetupError is null && checks.Count == 0)
        {
            reasons.Add("No check ran");
        }
        else if (MostUndecided(run))
        {
            reasons.Add("Most checks never got to judge the gateway (SKIP or ERROR)");
        }

        if (run.OnlyAreas.Count > 0)
        {
            reasons.Add($"Partial run: only {string.Join(", ", run.OnlyAreas)} ran (--only); the other areas were not checked");
        }

        foreach (var group in checks.Where(c => NotIncluded(run, c)).GroupBy(c => c.OptInGroup!, StringComparer.Ordinal))
        {
            var count = Number(group.Count());
            reasons.Add($"Opt-in group {group.Key} not included (--include {group.Key}): {count} of its checks did not run");
        }

        if (run.CallsNotTested)
        {
            reasons.Add($"Calls not tested: their {Number(UntestedCalls(run))} checks were skipped because no --calls CALLER,CALLEE "
                + "named the test agents that may call each other (calls ring real phones, so they are opt-in)");
        }

        if (verdict == Verdict.Conformant)
        {
            var warnings = checks.Count(c => c.Status == CheckStatus.Warn);
            reasons.Insert(0, $"No FAIL, no ERROR, no skipped MUST check; {Number(warnings)} warnings of SHOULD requirements");
        }

        return reasons;
    }

    /// <summary>The verdict as reports and the console print it: CONFORMANT, NOT CONFORMANT or INCOMPLETE.</summary>
    public static string Text(Verdict verdict) => verdict switch
    {
        Verdict.Conformant => "CONFORMANT",
        Verdict.NotConformant => "NOT CONFORMANT",
        _ => "INCOMPLETE",
    };

    /// <summary>
    /// The verdict with what it leaves out: a CONFORMANT run whose call area skipped for want of <c>--calls</c> is
    /// "CONFORMANT, calls not tested", so the verdict never claims more than the run tested.
    /// </summary>
    public static string Wording(RunResult run, Verdict verdict)
    {
        ArgumentNullException.ThrowIfNull(run);
        return verdict == Verdict.Conformant && run.CallsNotTested ? $"{Text(verdict)}, {CallsNotTestedSuffix}" : Text(verdict);
    }

    /// <summary>What the verdict adds when calls were left out.</summary>
    public const string CallsNotTestedSuffix = "calls not tested";

    /// <summary>The requirement area of the call checks, which runs only when calls are on.</summary>
    public const string CallArea = "Calls";

    // A skipped check is a skipped MUST check when any requirement it names is a MUST one; the call checks that a run
    // without --calls skips are not, since the verdict's wording already says that calls were not tested.
    private static int SkippedMust(RunResult run, RequirementCatalogue catalogue) =>
        run.Checks.Count(c => c.Status == CheckStatus.Skip && !NotIncluded(run, c)
            && !(run.CallsNotTested && c.Area == CallArea)
            && c.RequirementIds.Any(id => catalogue.Contains(id) && catalogue.Get(id).Level == RequirementLevel.Must));

    private static int UntestedCalls(RunResult run) => run.Checks.Count(c => c.Area == CallArea && c.Status == CheckStatus.Skip);

    private static bool MostUndecided(RunResult run)
    {
        var asked = run.Checks.Where(c => !NotIncluded(run, c)).ToList();
        return asked.Count(c => c.Status is CheckStatus.Skip or CheckStatus.Error) * 2 > asked.Count;
    }

    /// <summary>A check of an opt-in group the run did not include: skipped because nobody asked for it.</summary>
    private static bool NotIncluded(RunResult run, CheckResult check) =>
        check is { Status: CheckStatus.Skip, OptInGroup: { } group } && !run.Included.Contains(group, StringComparer.Ordinal);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
