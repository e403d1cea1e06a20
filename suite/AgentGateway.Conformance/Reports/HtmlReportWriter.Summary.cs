using AgentGateway.Conformance.Results;

namespace AgentGateway.Conformance.Reports;

public static partial class HtmlReportWriter
{
    private static void WriteBanner(HtmlMarkup html, RunResult run)
    {
        var summary = run.Summary;
        html.Open("header", ("class", $"banner verdict-{VerdictRules.Text(summary.Verdict).ToLowerInvariant().Replace(' ', '-')}"), ("id", "verdict"));
        html.Element("h1", summary.Wording);
        html.Element("div", "syncagentinfo conformance of the CEC agent gateway");
        html.Open("ul");
        foreach (var reason in summary.Reasons)
        {
            html.Element("li", reason);
        }

        html.Close("ul");
        html.Open("p", ("class", "counts"));
        html.Text($"{Number(run.Checks.Count)} checks: ");
        html.Text(string.Join(", ", Statuses.Select(s => $"{Number(summary.Count(s))} {s.Label()}")));
        html.Close("p");
        if (run.SigningKeyFingerprint is { } key)
        {
            html.Open("p", ("class", "signing-key"), ("id", "signing-key"));
            html.Text("Certification package signed with the ECDSA P-256 key of fingerprint ");
            html.Element("span", key, ("class", "mono"));
            html.Text($" (SHA-256 of its SubjectPublicKeyInfo); {Cli.CommandName.Current} verify PACKAGE --public-key KEY checks it.");
            html.Close("p");
        }

        html.Close("header");
        html.Line();
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
            WriteMarks(html, run, check);

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
        Entry("Opt-in checks", run.Included.Count == 0
            ? "none included (--include slow adds the slow ones)"
            : $"included: {string.Join(", ", run.Included)}");
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
