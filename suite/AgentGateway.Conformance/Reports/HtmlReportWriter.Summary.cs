using AgentGateway.Conformance.Requirements;
using AgentGateway.Conformance.Results;

namespace AgentGateway.Conformance.Reports;

public static partial class HtmlReportWriter
{
    private static void WriteBanner(HtmlMarkup html, RunResult run, RequirementCatalogue catalogue)
    {
        var verdict = run.Verdict;
        html.Open("header", ("class", $"banner verdict-{VerdictRules.Text(verdict).ToLowerInvariant().Replace(' ', '-')}"), ("id", "verdict"));
        html.Element("h1", VerdictRules.Text(verdict));
        html.Element("div", "syncagentinfo conformance of the CEC agent gateway");
        html.Open("ul");
        foreach (var reason in VerdictReasons(run, catalogue))
        {
            html.Element("li", reason);
        }

        html.Close("ul");
        html.Open("p", ("class", "counts"));
        html.Text($"{Number(run.Checks.Count)} checks: ");
        html.Text(string.Join(", ", Statuses.Select(s => $"{Number(run.Checks.Count(c => c.Status == s))} {s.Label()}")));
        html.Close("p");
        html.Close("header");
        html.Line();
    }

    /// <summary>Why the verdict is what it is, in the terms of <see cref="VerdictRules"/>.</summary>
    internal static IReadOnlyList<string> VerdictReasons(RunResult run, RequirementCatalogue catalogue)
    {
        var reasons = new List<string>();
        var checks = run.Checks;
        if (run.SetupError is not null)
        {
            reasons.Add($"Setup error: the run stopped before checking the gateway: {run.SetupError}");
        }

        var failed = checks.Where(c => c.Status == CheckStatus.Fail).ToList();
        if (failed.Count > 0)
        {
            var broken = failed.SelectMany(c => c.Findings).Where(f => !f.Held && f.Level == "MUST").Select(f => f.RequirementId)
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            reasons.Add($"{Number(failed.Count)} checks failed a MUST requirement: {string.Join(", ", broken)}");
        }

        var errors = checks.Count(c => c.Status == CheckStatus.Error);
        if (errors > 0)
        {
            reasons.Add($"{Number(errors)} checks ended in a suite error (ERROR); they say nothing about the gateway");
        }

        var skippedMust = checks.Count(c => c.Status == CheckStatus.Skip
            && c.RequirementIds.Any(id => catalogue.Contains(id) && catalogue.Get(id).Level == RequirementLevel.Must));
        if (skippedMust > 0)
        {
            reasons.Add($"{Number(skippedMust)} checks of MUST requirements were skipped: they could not be decided on this target");
        }

        if (run.SetupError is null && checks.Count == 0)
        {
            reasons.Add("No check ran");
        }
        else if (checks.Count(c => c.Status is CheckStatus.Skip or CheckStatus.Error) * 2 > checks.Count)
        {
            reasons.Add("Most checks never got to judge the gateway (SKIP or ERROR)");
        }

        if (run.OnlyAreas.Count > 0)
        {
            reasons.Add($"Partial run: only {string.Join(", ", run.OnlyAreas)} ran (--only); the other areas were not checked");
        }

        if (run.Verdict == Verdict.Conformant)
        {
            var warnings = checks.Count(c => c.Status == CheckStatus.Warn);
            reasons.Insert(0, $"No FAIL, no ERROR, no skipped MUST check; {Number(warnings)} warnings of SHOULD requirements");
        }

        return reasons;
    }

    /// <summary>The checks that did not pass or skip, first failures, then errors, then warnings, each linked to its evidence.</summary>
    private static void WriteAttention(HtmlMarkup html, RunResult run, Dictionary<CheckResult, int> index)
    {
        var attention = run.Checks.Where(c => c.Status is CheckStatus.Fail or CheckStatus.Error or CheckStatus.Warn)
            .OrderBy(c => c.Status switch { CheckStatus.Fail => 0, CheckStatus.Error => 1, _ => 2 }).ToList();
        if (attention.Count == 0)
        {
            return;
        }

        html.Element("h3", "Checks that did not pass");
        html.Open("ul", ("class", "attention"), ("id", "attention"));
        foreach (var check in attention)
        {
            html.Open("li", ("data-status", Css(check.Status)));
            Badge(html, check.Status);
            html.Text(" ");
            html.Open("a", ("href", $"#check-{Number(index[check])}"));
            html.Text($"{check.Area}: {check.Sentence}");
            html.Close("a");
            html.Element("span", $" {string.Join(", ", check.RequirementIds)}", ("class", "ids"));
            var broken = check.Findings.FirstOrDefault(f => !f.Held);
            if (broken is not null)
            {
                html.Element("div", $"{broken.RequirementId}: expected {broken.Expected}; actual {broken.Actual}"
                    + (broken.JsonPath is null ? "" : $" (at {broken.JsonPath})"), ("class", "muted"));
            }
            else if (check.Message is not null)
            {
                html.Element("div", check.Message.Split('\n')[0], ("class", "muted"));
            }

            html.Close("li");
        }

        html.Close("ul");
    }

    private static void WriteFingerprint(HtmlMarkup html, RunResult run)
    {
        html.Open("section", ("id", "target"));
        html.Element("h2", "Target");
        html.Open("dl", ("class", "fingerprint"));
        var target = run.Target;
        Entry("Base URL", target?.BaseUrl ?? "none: the run stopped before a target was resolved");
        if (target is not null)
        {
            Entry("Gateway", target.EmbeddedDescription ?? (target.Embedded ? "embedded reference gateway" : "real gateway"));
            Entry("TLS trust", target.TlsTrust);
            html.Element("dt", "TLS certificate SHA-256");
            html.Open("dd", ("id", "certificate"));
            if (target.TlsVerificationDisabled)
            {
                html.Element("span", "verification disabled", ("class", "danger"));
                html.Text(": the certificate was not checked (--insecure). ");
            }

            html.Element("span", target.CertificateSha256 ?? "no certificate presented (no TLS connection was made)", ("class", "mono"));
            html.Close("dd");
            Entry("Server header", target.ServerHeader ?? "not sent");
            Entry("Agents used", target.Agents.Count == 0 ? "none" : string.Join(", ", target.Agents));
            Entry("AUTHMODE", $"declared {target.AuthModeDeclared ?? "auto"}; observed {target.AuthModeObserved}");
        }

        Entry("Date", $"{Utc(run.Started, "yyyy-MM-dd HH:mm:ss")} UTC to {Utc(run.Finished, "HH:mm:ss")} UTC "
            + $"({Number((run.Finished - run.Started).TotalSeconds, "0.0")} s)");
        Entry("Suite version", run.SuiteVersion);
        Entry("Requirement set version", run.RequirementSetVersion);
        Entry("Profile", run.Profile);
        Entry("Edition", run.Edition);
        Entry("Seed", $"{Number(run.Seed)} (replay with --seed {Number(run.Seed)})");
        Entry("Areas", run.OnlyAreas.Count == 0 ? "all" : $"only {string.Join(", ", run.OnlyAreas)} (a partial run)");
        html.Close("dl");
        html.Close("section");
        html.Line();

        void Entry(string name, string value)
        {
            html.Element("dt", name);
            html.Element("dd", value);
        }
    }
}
