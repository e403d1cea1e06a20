using AgentGateway.Conformance.Http;
using AgentGateway.Conformance.Requirements;
using AgentGateway.Conformance.Results;
using AgentGateway.Conformance.Target;

namespace AgentGateway.Conformance.Reports;

public static partial class HtmlReportWriter
{
    private static void WriteCheck(HtmlMarkup html, RunResult run, CheckResult check, int index, RequirementCatalogue catalogue)
    {
        var open = check.Status is CheckStatus.Fail or CheckStatus.Warn or CheckStatus.Error ? "" : null;
        html.Open("details", ("class", "check"), ("id", $"check-{Number(index)}"), ("data-status", Css(check.Status)), ("open", open));
        html.Open("summary");
        Badge(html, check.Status);
        html.Text(" ");
        html.Element("span", check.Sentence, ("class", "name"));
        html.Text(" ");
        html.Element("span", string.Join(", ", check.RequirementIds), ("class", "ids"));
        WriteMarks(html, run, check);
        html.Close("summary");

        html.Open("p", ("class", "muted"));
        html.Text($"{check.Fixture}.{check.Name}; seed {Number(check.Seed)}; {Number(check.DurationMilliseconds, "0")} ms");
        html.Close("p");
        html.Open("ul", ("class", "requirements"));
        foreach (var id in check.RequirementIds)
        {
            html.Open("li");
            html.Element("b", id, ("class", "mono"));
            if (catalogue.Contains(id))
            {
                var requirement = catalogue.Get(id);
                html.Text($" {requirement.Level.ToString().ToUpperInvariant()}: {requirement.Text} ");
                html.Element("cite", $"Source: {requirement.Source}", ("class", "muted"));
            }
            else
            {
                html.Text(" is not in the requirement catalogue");
            }

            html.Close("li");
        }

        html.Close("ul");
        if (!string.IsNullOrEmpty(check.Message))
        {
            html.Element("pre", check.Message, ("class", "message"));
        }

        WriteFindings(html, check.Findings);
        foreach (var note in check.Notes)
        {
            html.Element("p", note, ("class", "note"));
        }

        if (check.Exchanges.Count > 0)
        {
            html.Element("h4", $"Exchanges ({Number(check.Exchanges.Count)})");
            foreach (var exchange in check.Exchanges)
            {
                WriteExchange(html, exchange, run.Target);
            }
        }

        html.Close("details");
        html.Line();
    }

    private static void WriteFindings(HtmlMarkup html, IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0)
        {
            return;
        }

        html.Open("table", ("class", "findings"));
        html.HeadingRow("requirement", "level", "held", "JSON path", "expected", "actual");
        foreach (var finding in findings)
        {
            html.Open("tr", ("class", finding.Held ? "finding-held" : "finding-broken"));
            html.Element("td", finding.RequirementId, ("class", "mono"));
            html.Element("td", finding.Level.ToString().ToUpperInvariant());
            html.Element("td", finding.Held ? "yes" : "NO", ("class", finding.Held ? "held-yes" : "held-no"));
            html.Element("td", finding.JsonPath ?? "", ("class", "mono"));
            html.Element("td", finding.Expected);
            html.Element("td", finding.Actual, ("class", "actual"));
            html.Close("tr");
        }

        html.Close("table");
    }

    private static void WriteExchange(HtmlMarkup html, Exchange exchange, TargetFingerprint? target)
    {
        html.Open("details", ("class", "exchange"));
        html.Open("summary");
        html.Text($"#{Number(exchange.Sequence)} {exchange.Method} {exchange.Url} → {exchange.Headline} "
            + $"({Number(exchange.LatencyMilliseconds)} ms): {exchange.Purpose}");
        html.Close("summary");

        html.Element("div", "Request", ("class", "muted"));
        var request = Message($"{exchange.Method} {exchange.Url}", exchange.RequestHeaders, exchange.RequestBody);
        html.Element("pre", request, ("class", "request"));
        if (exchange.Status is { } code)
        {
            html.Element("div", $"Response after {Number(exchange.LatencyMilliseconds)} ms", ("class", "muted"));
            html.Element("pre", Message($"HTTP {Number(code)}", exchange.ResponseHeaders, exchange.ResponseBody), ("class", "response"));
        }

        if (exchange.OversizedBody)
        {
            html.Element("div", exchange.RequestCutOff
                ? "Oversized body, sent while the answer was read; the gateway closed the connection before taking all of it"
                : "Oversized body, sent while the answer was read", ("class", "muted"));
        }

        if (exchange.TransportError is not null)
        {
            html.Element("div", $"Transport error after {Number(exchange.LatencyMilliseconds)} ms", ("class", "muted"));
            html.Element("pre", exchange.TransportError, ("class", "transport-error"));
        }

        var scrubbed = exchange with
        {
            Url = HtmlMarkup.Scrub(exchange.Url),
            RequestHeaders = [.. exchange.RequestHeaders.Select(h => new HeaderLine(HtmlMarkup.Scrub(h.Name), HtmlMarkup.Scrub(h.Value)))],
            RequestBody = exchange.RequestBody is null ? null : HtmlMarkup.Scrub(exchange.RequestBody),
        };
        var variables = CurlCommand.Variables(scrubbed);
        html.Element("div", variables.Count == 0
            ? "Reproduce with curl"
            : $"Reproduce with curl, after setting {string.Join(", ", variables.Select(v => $"{v.Variable} (the redacted {v.Label})"))}",
            ("class", "muted"));
        html.ScrubbedText("pre", CurlCommand.For(scrubbed, target), ("class", "curl"));
        html.Close("details");
    }

    private static string Message(string firstLine, IReadOnlyList<HeaderLine> headers, string? body) =>
        string.Join('\n', headers.Select(h => $"{h.Name}: {h.Value}").Prepend(firstLine)) + (body is null ? "" : $"\n\n{body}");
}
