using System.Net;
using System.Xml.Linq;
using AgentGateway.Conformance.Http;
using AgentGateway.Conformance.Reports;
using AgentGateway.Conformance.Requirements;
using AgentGateway.Conformance.Results;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Reports;

/// <summary>Every report names how an exchange without an answer ended, and results.json keeps the outcome.</summary>
[TestFixture]
public sealed class TransportOutcomeReportTests
{
    private const string Payload = "<img src=x onerror=\"/*reset*/window.__agwPwned=1\">";

    private static readonly Exchange Reset = new()
    {
        Sequence = 1,
        Purpose = "sync while the gateway resets",
        Method = "POST",
        Url = SampleRun.SyncUrl,
        RequestHeaders = [new("Guid", "<guid #1>")],
        Outcome = TransportOutcome.ResetBeforeAnswer,
        TransportError = $"connection reset before any answer ({Payload})",
        LatencyMilliseconds = 4,
    };

    private static readonly Exchange TooLarge = Reset with
    {
        Sequence = 2,
        Purpose = "sync answered with 300 MiB",
        Status = 200,
        Outcome = TransportOutcome.TooLarge,
        ResponseBody = "{\"retcode\":",
        TransportError = "answer over the 1 MiB cap: read 1048576 bytes, stopped",
    };

    private static readonly RunResult Run = SampleRun.With(
        SampleRun.Check("RetcodeSemantics", "Never_answers_a_sync_with_a_server_error", CheckStatus.Fail, "SYNC-RET-004") with
        {
            Exchanges = [Reset, TooLarge],
        });

    [Test]
    public void The_html_report_names_the_outcome_of_an_exchange_without_a_status()
    {
        var html = SampleRun.Render(Run);

        html.Should().Contain(WebUtility.HtmlEncode($"#1 POST {SampleRun.SyncUrl} → no answer: connection reset (4 ms)"));
        html.Should().Contain(WebUtility.HtmlEncode($"#2 POST {SampleRun.SyncUrl} → HTTP 200, then answer over the size cap (4 ms)"));
        html.Should().Contain(WebUtility.HtmlEncode("answer over the 1 MiB cap: read 1048576 bytes, stopped"));
        html.Should().NotContain(Payload).And.Contain(WebUtility.HtmlEncode(Payload));
    }

    [Test]
    public void The_sample_runs_timeout_is_named_in_the_html_report() =>
        SampleRun.Html.Should().Contain(WebUtility.HtmlEncode($"#3 POST {SampleRun.SyncUrl} → no answer: timed out (20000 ms)"));

    [Test]
    public void The_junit_report_names_the_outcome_and_what_went_wrong()
    {
        using var stream = new MemoryStream();
        JUnitReportWriter.Write(Run, RequirementCatalogue.Load(), stream);
        var systemOut = XDocument.Parse(System.Text.Encoding.UTF8.GetString(stream.ToArray())).Descendants("system-out").Single().Value;

        systemOut.Should().Contain($"#1 POST {SampleRun.SyncUrl} -> no answer: connection reset (connection reset before any answer (");
        systemOut.Should().Contain(
            $"#2 POST {SampleRun.SyncUrl} -> HTTP 200, then answer over the size cap "
            + "(answer over the 1 MiB cap: read 1048576 bytes, stopped)");
    }

    [Test]
    public void A_curl_line_of_an_exchange_without_an_answer_ends_with_its_outcome_as_a_comment()
    {
        var curl = CurlCommand.For(Reset, SampleRun.Run.Target);

        curl.Should().EndWith(" # recorded: no answer: connection reset");
        curl.Should().NotContain("onerror", "the comment holds fixed words only, never what the gateway sent");
        CurlCommand.For(TooLarge, SampleRun.Run.Target).Should().NotContain("#");
    }

    [Test]
    public void Results_json_keeps_the_outcome_and_the_oversized_mark()
    {
        var exchange = TooLarge with { OversizedBody = true, RequestCutOff = true };
        using var writer = new StringWriter();
        ResultsJsonWriter.Write(SampleRun.With(Run.Checks[0] with { Exchanges = [exchange] }), writer);

        writer.ToString().Should().Contain("\"outcome\": \"TOO_LARGE\"").And.Contain("\"oversizedBody\": true");
        ResultsJsonWriter.Read(writer.ToString()).Checks[0].Exchanges[0].Should().BeEquivalentTo(exchange);
    }

    [Test]
    public void A_results_json_without_outcomes_is_still_read()
    {
        using var writer = new StringWriter();
        ResultsJsonWriter.Write(SampleRun.Run, writer);
        var old = writer.ToString().Replace("\"outcome\": \"ANSWERED\",", "", StringComparison.Ordinal)
            .Replace("\"outcome\": \"HEADERS_TIMED_OUT\",", "", StringComparison.Ordinal);
        old.Should().NotContain("\"outcome\"");

        var exchanges = ResultsJsonWriter.Read(old).Checks.SelectMany(c => c.Exchanges).ToList();

        exchanges.Select(e => e.Outcome).Should()
            .Equal(TransportOutcome.Answered, TransportOutcome.Answered, TransportOutcome.Unclassified);
        exchanges[2].Headline.Should().Be("no answer: no outcome recorded");
    }
}
