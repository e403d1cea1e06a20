using System.Globalization;
using AgentGateway.Conformance.Baselines;
using AgentGateway.Conformance.Requirements;

namespace AgentGateway.Conformance.Results;

/// <summary>
/// Turns check outcomes into the run's verdict: any FAIL is NOT CONFORMANT; otherwise errors, skipped MUST checks,
/// a failed setup, an interrupted run or a run where most checks never got to judge the gateway is INCOMPLETE, never a
/// hollow pass; a run without calls says so in its wording. A check of an opt-in group the run did not include was not
/// asked for, as an area left out by <c>--only</c>: its SKIP counts for neither. A FAIL that live waivers of the baseline
/// accept does not make the run NOT CONFORMANT; a run that would be CONFORMANT but for such failures is CONFORMANT WITH
/// WAIVERS.
/// </summary>
public static class VerdictRules
{
    /// <summary>The verdict, with <paramref name="waived"/> the failed checks that live waivers accept (none when null).</summary>
    public static Verdict Decide(RunResult run, RequirementCatalogue catalogue, IReadOnlySet<string>? waived = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        waived ??= new HashSet<string>();
        var checks = run.Checks;
        if (checks.Any(c => c.Status == CheckStatus.Fail && !waived.Contains(c.Key) && !IsFlaky(run, c)))
        {
            return Verdict.NotConformant;
        }

        var incomplete = run.SetupError is not null
            || FlakyFailures(run, waived) > 0
            || run.Interrupted is not null
            || checks.Count == 0
            || checks.Any(c => c.Status == CheckStatus.Error)
            || SkippedMust(run, catalogue) > 0
            || MostUndecided(run);
        return incomplete ? Verdict.Incomplete
            : checks.Any(c => c.Status == CheckStatus.Fail) ? Verdict.ConformantWithWaivers
            : Verdict.Conformant;
    }

    /// <summary>Why the verdict is what it is, in the terms of <see cref="Decide"/>, most important first.</summary>
    /// <remarks>With a baseline, <paramref name="waivers"/> says what each waiver did and <paramref name="waived"/> which failed checks they accept.</remarks>
    public static IReadOnlyList<string> Reasons(
        RunResult run, RequirementCatalogue catalogue, Verdict verdict, IReadOnlyList<WaiverOutcome>? waivers = null, IReadOnlySet<string>? waived = null)
    {
        waivers ??= [];
        waived ??= new HashSet<string>();
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

        var failed = checks.Where(c => c.Status == CheckStatus.Fail && !waived.Contains(c.Key) && !IsFlaky(run, c)).ToList();
        if (failed.Count > 0)
        {
            var broken = failed.SelectMany(c => c.Findings).Where(f => !f.Held && f.Level == RequirementLevel.Must).Select(f => f.RequirementId)
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            reasons.Add($"{Number(failed.Count)} checks failed a MUST requirement: {string.Join(", ", broken)}");
        }

        reasons.AddRange(RoundReasons(run, waived));
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

        reasons.AddRange(WaiverReasons(waivers, waived.Count));
        if (verdict is Verdict.Conformant or Verdict.ConformantWithWaivers)
        {
            var warnings = checks.Count(c => c.Status == CheckStatus.Warn);
            var fails = verdict == Verdict.Conformant ? "No FAIL" : "No FAIL outside the baseline's waivers";
            reasons.Insert(0, $"{fails}, no ERROR, no skipped MUST check; {Number(warnings)} warnings of SHOULD requirements");
        }

        return reasons;
    }

    /// <summary>The verdict as reports and the console print it: CONFORMANT, NOT CONFORMANT or INCOMPLETE.</summary>
    public static string Text(Verdict verdict) => verdict switch
    {
        Verdict.Conformant => "CONFORMANT",
        Verdict.ConformantWithWaivers => "CONFORMANT WITH WAIVERS",
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
        var wording = (verdict is Verdict.Conformant or Verdict.ConformantWithWaivers) && run.CallsNotTested
            ? $"{Text(verdict)}, {CallsNotTestedSuffix}"
            : Text(verdict);
        return run.Rounds is { } rounds ? $"{wording} over {Number(rounds.Rounds.Count)} rounds" : wording;
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

    /// <summary>A check of a repeated run that did not end the same way in every round.</summary>
    private static bool IsFlaky(RunResult run, CheckResult check) => run.Rounds?.IsFlaky(check) == true;

    /// <summary>Flaky checks that failed in some round and no live waiver accepts: the rounds leave them undecided.</summary>
    private static int FlakyFailures(RunResult run, IReadOnlySet<string> waived) =>
        run.Checks.Count(c => c.Status == CheckStatus.Fail && IsFlaky(run, c) && !waived.Contains(c.Key));

    /// <summary>What the rounds of a repeated run came to, and which checks were flaky across them.</summary>
    private static IEnumerable<string> RoundReasons(RunResult run, IReadOnlySet<string> waived)
    {
        if (run.Rounds is not { } rounds)
        {
            yield break;
        }

        yield return $"{Number(rounds.Rounds.Count)} rounds of the same run: "
            + string.Join("; ", rounds.Rounds.Select(r => $"round {Number(r.Round)} {r.Wording}"));
        var flakyFailures = FlakyFailures(run, waived);
        if (flakyFailures > 0)
        {
            yield return $"{Number(flakyFailures)} flaky checks failed a MUST requirement in some rounds and not in others, so the "
                + "rounds do not decide them: an intermittent deviation of the gateway and a check's timing look alike. Each "
                + "round's reports hold its evidence; rerun with more rounds, a longer --settle-time, or look at the gateway";
        }

        var others = rounds.Flaky.Count - flakyFailures;
        if (others > 0)
        {
            yield return $"{Number(others)} other flaky checks ended differently across rounds without an undecided failure "
                + "(a WARN, an ERROR or a SKIP in some rounds)";
        }
    }

    /// <summary>What the baseline's waivers did, a line per kind of outcome: waived, expired, stale or not judged.</summary>
    public static IEnumerable<string> WaiverReasons(IReadOnlyList<WaiverOutcome> waivers, int waivedChecks)
    {
        ArgumentNullException.ThrowIfNull(waivers);
        var waiving = waivers.Where(o => o.Status == WaiverStatus.Waiving).ToList();
        if (waiving.Count > 0)
        {
            yield return $"{Number(waivedChecks)} failed checks accepted by the baseline's live waivers, still shown as FAIL: "
                + string.Join("; ", waiving.Select(o => $"{o.Waiver.Id} (owner {o.Waiver.Owner}, until {Day(o.Waiver.Expires)}): {o.Waiver.Reason}"));
        }

        foreach (var expired in waivers.Where(o => o.Status == WaiverStatus.Expired))
        {
            yield return $"Waiver of {expired.Waiver.Id} (owner {expired.Waiver.Owner}) expired on {Day(expired.Waiver.Expires)}: "
                + (expired.Checks.Count > 0
                    ? $"its {Number(expired.Checks.Count)} failed checks fail the run again; renew it or fix the gateway"
                    : "nothing it names failed; remove it from the baseline");
        }

        foreach (var stale in waivers.Where(o => o.Status == WaiverStatus.Stale))
        {
            yield return $"Waiver of {stale.Waiver.Id} is stale: it was judged and did not fail; remove it from the baseline";
        }

        foreach (var unjudged in waivers.Where(o => o.Status == WaiverStatus.NotJudged))
        {
            yield return $"Waiver of {unjudged.Waiver.Id} was not used: what it names was not judged in this run";
        }
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
