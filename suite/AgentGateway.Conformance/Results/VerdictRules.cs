namespace AgentGateway.Conformance.Results;

/// <summary>
/// Turns check outcomes into the run's verdict: any FAIL is NOT CONFORMANT; otherwise errors, skipped MUST checks,
/// a failed setup or a run where most checks never got to judge the gateway is INCOMPLETE, never a hollow pass.
/// </summary>
public static class VerdictRules
{
    public static Verdict Decide(RunResult run)
    {
        var checks = run.Checks;
        if (checks.Any(c => c.Status == CheckStatus.Fail))
        {
            return Verdict.NotConformant;
        }

        var undecided = checks.Count(c => c.Status is CheckStatus.Skip or CheckStatus.Error);
        var incomplete = run.SetupError is not null
            || checks.Count == 0
            || checks.Any(c => c.Status == CheckStatus.Error)
            || checks.Any(c => c.Status == CheckStatus.Skip && IsMust(c))
            || undecided * 2 > checks.Count;
        return incomplete ? Verdict.Incomplete : Verdict.Conformant;
    }

    /// <summary>The verdict as reports and the console print it: CONFORMANT, NOT CONFORMANT or INCOMPLETE.</summary>
    public static string Text(Verdict verdict) => verdict switch
    {
        Verdict.Conformant => "CONFORMANT",
        Verdict.NotConformant => "NOT CONFORMANT",
        _ => "INCOMPLETE",
    };

    // A skipped check is a skipped MUST check when any requirement it names is a MUST one.
    private static bool IsMust(CheckResult check) => check.RequirementLevels().Contains("MUST");

    private static IEnumerable<string> RequirementLevels(this CheckResult check) =>
        check.RequirementIds.Select(id => Requirements.RequirementCatalogue.Load().Get(id).Level.ToString().ToUpperInvariant());
}
