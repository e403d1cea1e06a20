using System.Net;
using System.Text.RegularExpressions;
using AgentGateway.Conformance.FaultMatrix;
using AgentGateway.Conformance.Reports;
using AgentGateway.Conformance.Requirements;
using AgentGateway.Conformance.Results;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Reports;

[TestFixture]
public sealed class HtmlReportContentTests
{
    private static readonly string Html = SampleRun.Html;

    [Test]
    public void The_banner_says_not_conformant_and_names_the_broken_requirement()
    {
        Banner(Html).Should().Contain("<h1>NOT CONFORMANT</h1>").And.Contain("verdict-not-conformant");
        Banner(Html).Should().Contain("1 checks failed a MUST requirement: SYNC-QUEUE-001");
    }

    [Test]
    public void The_banner_counts_every_status()
    {
        Banner(Html).Should().Contain("5 checks: 1 PASS, 1 FAIL, 1 WARN, 1 SKIP, 1 ERROR");
    }

    [Test]
    public void A_clean_run_is_conformant_with_its_warnings_counted()
    {
        var html = SampleRun.Render(SampleRun.With(
            SampleRun.Check("HeaderEnforcement", "Accepts_sync", CheckStatus.Pass, "SYNC-AUTH-009"),
            SampleRun.Check("SchemaConformance", "Success_is_answered_as_json", CheckStatus.Warn, "SYNC-SCHEMA-006")));

        Banner(html).Should().Contain("<h1>CONFORMANT</h1>").And.Contain("verdict-conformant");
        Banner(html).Should().Contain("No FAIL, no ERROR, no skipped MUST check; 1 warnings of SHOULD requirements");
    }

    [Test]
    public void A_setup_error_is_incomplete_and_says_why()
    {
        var html = SampleRun.Render(SampleRun.Run with { SetupError = "Preflight: <b>sign-in refused</b>", Target = null, Checks = [] });

        Banner(html).Should().Contain("<h1>INCOMPLETE</h1>").And.Contain("verdict-incomplete");
        Banner(html).Should().Contain(
            "Setup error: the run stopped before checking the gateway: Preflight: &lt;b&gt;sign-in refused&lt;/b&gt;");
        html.Should().Contain("none: the run stopped before a target was resolved");
    }

    [Test]
    public void A_partial_run_says_so_in_the_banner()
    {
        var html = SampleRun.Render(SampleRun.With(SampleRun.Check("Methods", "Answers_get", CheckStatus.Pass, "SYNC-METHOD-001"))
            with { OnlyAreas = ["Methods"] });

        Banner(html).Should().Contain("Partial run: only Methods ran (--only)");
        html.Should().Contain("Not run: a partial run (--only) left this area out.");
    }

    [Test]
    public void A_slow_check_the_run_did_not_include_is_named_in_the_banner_and_leaves_it_conformant()
    {
        var slow = SampleRun.Check("HeaderEnforcement", "Refuses_a_timed_out_sync", CheckStatus.Skip, "SYNC-AUTH-012")
            with { OptInGroup = "slow" };
        var html = SampleRun.Render(SampleRun.With(SampleRun.Check("Methods", "Answers_get", CheckStatus.Pass, "SYNC-METHOD-001"), slow));

        Banner(html).Should().Contain("<h1>CONFORMANT</h1>").And.Contain("Opt-in group slow not included (--include slow)");
        html.Should().Contain("none included (--include slow adds the slow ones)");
    }

    [Test]
    public void The_matrix_counts_checks_per_area_and_status()
    {
        Count(Html, "QueueClearing", "fail").Should().Be("1");
        Count(Html, "QueueClearing", "pass").Should().Be("0");
        Count(Html, "SchemaConformance", "warn").Should().Be("1");
        Count(Html, "SchemaConformance", "skip").Should().Be("1");
        Count(Html, "Methods", "error").Should().Be("1");
        Count(Html, "total", "pass").Should().Be("1");
    }

    [Test]
    public void Every_check_row_carries_its_status_for_the_filter()
    {
        Regex.Matches(Html, "<details class=\"check\" id=\"check-\\d+\" data-status=\"(\\w+)\"").Select(m => m.Groups[1].Value)
            .Should().BeEquivalentTo(["pass", "fail", "warn", "skip", "error"]);
    }

    [Test]
    public void A_requirement_shows_the_status_of_its_findings()
    {
        Regex.Match(Html, "<tr data-status=\"(\\w+)\" id=\"req-SYNC-QUEUE-001\">").Groups[1].Value.Should().Be("fail");
        Regex.Match(Html, "<tr data-status=\"(\\w+)\" id=\"req-SYNC-AUTH-009\">").Groups[1].Value.Should().Be("pass");
        Regex.Match(Html, "<tr data-status=\"(\\w+)\" id=\"req-SYNC-SCHEMA-006\">").Groups[1].Value.Should().Be("warn");
        Html.Should().Contain("<tr id=\"req-SYNC-AUTH-001\"><td><span class=\"badge s-none\">NOT RUN</span>");
    }

    [Test]
    public void A_check_shows_its_requirements_with_level_text_and_source()
    {
        var requirement = RequirementCatalogue.Load().Get("SYNC-QUEUE-001");
        Html.Should().Contain(WebUtility.HtmlEncode($" MUST: {requirement.Text} "));
        Html.Should().Contain(WebUtility.HtmlEncode($"Source: {requirement.Source}"));
    }

    [Test]
    public void A_finding_shows_expected_against_actual_at_its_json_path()
    {
        Html.Should().Contain("<td class=\"held-no\">NO</td><td class=\"mono\">"
            + WebUtility.HtmlEncode(SampleRun.Payload("json_path")) + "</td><td>"
            + WebUtility.HtmlEncode(SampleRun.Payload("finding_expected")));
    }

    [Test]
    public void The_fingerprint_shows_the_target_and_the_run()
    {
        var target = Between(Html, "<section id=\"target\">", "</section>");
        target.Should().Contain("<dd>https://gateway.example:8043/</dd>");
        target.Should().Contain("<dd>CA file gateway-ca.pem</dd>");
        target.Should().Contain("<dd>41001, 41002</dd>");
        target.Should().Contain("<dd>2026-11-25 09:30:00 UTC to 09:31:05 UTC (65.0 s)</dd>");
        target.Should().Contain("<dd>20230927 (replay with --seed 20230927)</dd>");
        target.Should().Contain("<dd>1.2.3</dd>").And.Contain("<dd>compatible</dd>").And.Contain("<dd>default</dd>");
        target.Should().NotContain("verification disabled");
    }

    [Test]
    public void Disabled_verification_is_shown_in_red()
    {
        var html = SampleRun.Render(SampleRun.Run with { Target = SampleRun.Run.Target! with { TlsVerificationDisabled = true } });

        Between(html, "<dd id=\"certificate\">", "</dd>").Should().StartWith("<span class=\"danger\">verification disabled</span>");
    }

    [Test]
    public void Each_exchange_shows_request_response_and_latency()
    {
        Html.Should().Contain(
            WebUtility.HtmlEncode($"POST {SampleRun.SyncUrl}\nGuid: <guid #1>\nContent-Type: application/json; charset=UTF-8"));
        Html.Should().Contain("Response after 12.5 ms</div><pre class=\"response\">HTTP 200\nX-Trace: ");
        Html.Should().Contain("Transport error after 20000 ms</div><pre class=\"transport-error\">");
    }

    [Test]
    public void The_appendix_lists_every_fault_with_what_it_breaks_and_what_caught_it()
    {
        var matrix = FaultMatrixData.Load();
        var appendix = Between(Html, "<section id=\"appendix\">", "</section>");
        foreach (var row in matrix.Faults)
        {
            var cells = Regex.Matches(appendix, $"<tr data-fault=\"{Regex.Escape(row.Fault)}\">(.*?)</tr>").Select(m => m.Groups[1].Value);
            cells.Should().Contain(c => c.Contains($"<td class=\"mono\">{string.Join(", ", row.Fails)}</td><td class=\"mono\">"
                + $"{string.Join(", ", row.Warns)}</td>", StringComparison.Ordinal), row.Title);
        }

        Regex.Matches(appendix, "<tr data-fault=").Should().HaveCount(matrix.Faults.Count);
    }

    [Test]
    public void The_appendix_lists_the_requirements_no_fault_proves_yet()
    {
        var matrix = FaultMatrixData.Load();
        var listed = Regex.Matches(Html, "<li data-requirement=\"([^\"]+)\">").Select(m => m.Groups[1].Value);

        listed.Should().Equal(matrix.Unproven.Select(u => u.Requirement));
        Html.Should().Contain($"{matrix.Proven().Count} of {RequirementCatalogue.Load().All.Count} requirements are proven by a fault");
    }

    [Test]
    public void The_checks_that_did_not_pass_are_listed_first_failures_then_errors_then_warnings()
    {
        var attention = Between(Html, "<ul class=\"attention\" id=\"attention\">", "</ul>");

        Regex.Matches(attention, "<li data-status=\"(\\w+)\">").Select(m => m.Groups[1].Value).Should().Equal("fail", "error", "warn");
        attention.Should().Contain("QueueClearing: Clears queued events on every sync");
        attention.Should().Contain(WebUtility.HtmlEncode($"SYNC-QUEUE-001: expected {SampleRun.Payload("finding_expected")}; actual "));
    }

    [Test]
    public void Every_run_writes_the_html_report_beside_the_model()
    {
        var directory = Directory.CreateTempSubdirectory("agw-reports-");
        try
        {
            var written = ReportWriter.WriteAll(SampleRun.Run, ReportInputs.Load(), directory.FullName);

            written.Should().Contain(Path.Combine(directory.FullName, HtmlReportWriter.FileName));
            File.ReadAllText(Path.Combine(directory.FullName, "conformance.html")).Should().Be(Html);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Test]
    public void Writing_to_a_path_writes_the_same_report()
    {
        var path = Path.Combine(Path.GetTempPath(), $"agw-{Guid.NewGuid():N}", HtmlReportWriter.FileName);
        try
        {
            HtmlReportWriter.Write(SampleRun.Run, ReportInputs.Load(), path).Should().Be(path);
            File.ReadAllText(path).Should().Be(Html);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    private static string Banner(string html) => Between(html, "<header", "</header>");

    private static string Count(string html, string area, string status) =>
        Regex.Match(Between(html, $"<tr data-area=\"{area}\">", "</tr>"), $"data-count=\"{status}\">(\\d+)<").Groups[1].Value;

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        from.Should().BeGreaterThanOrEqualTo(0, $"the report holds {start}");
        from += start.Length;
        return text[from..text.IndexOf(end, from, StringComparison.Ordinal)];
    }
}
