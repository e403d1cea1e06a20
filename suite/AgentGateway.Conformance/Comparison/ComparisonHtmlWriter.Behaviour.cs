using System.Globalization;
using AgentGateway.Conformance.Reports;

namespace AgentGateway.Conformance.Comparison;

/// <summary>The sections on how the gateway behaved: field drift per kind of response, and latency per kind of exchange.</summary>
public static partial class ComparisonHtmlWriter
{
    private static void WriteDrift(HtmlMarkup html, RunComparison comparison)
    {
        html.Element("h2", "Behaviour drift");
        html.Element("p", "Per kind of response (purpose, route and status), the fields whose JSON type, presence or values changed, "
            + "even where both runs passed. Values are compared only for fields with a few values that do not look like "
            + "timestamps or IDs.", ("class", "muted"));
        if (comparison.Drift.Count == 0)
        {
            html.Element("p", "No field drifted.", ("id", "no-drift"));
        }
        else
        {
            html.Open("table", ("id", "drift"));
            html.HeadingRow("kinds of response", "field", "what changed", "before", "after");
            foreach (var drift in comparison.Drift)
            {
                html.Open("tr", ("data-aspect", drift.Aspect.ToString().ToLowerInvariant()));
                html.Open("td", ("class", "mono"));
                foreach (var kind in drift.Kinds)
                {
                    html.Element("div", kind);
                }

                html.Close("td");
                html.Element("td", drift.Path, ("class", "mono"));
                html.Element("td", drift.Aspect.ToString().ToLowerInvariant());
                html.Element("td", drift.Before, ("class", "mono"));
                html.Element("td", drift.After, ("class", "mono"));
                html.Close("tr");
                html.Line();
            }

            html.Close("table");
        }

        Kinds(html, "Kinds of response only before", "kinds-before", comparison.KindsOnlyBefore);
        Kinds(html, "Kinds of response only after", "kinds-after", comparison.KindsOnlyAfter);
    }

    private static void Kinds(HtmlMarkup html, string title, string id, IReadOnlyList<string> kinds)
    {
        if (kinds.Count == 0)
        {
            return;
        }

        html.Element("h3", title);
        html.Open("ul", ("id", id));
        foreach (var kind in kinds)
        {
            html.Element("li", kind, ("class", "mono"));
        }

        html.Close("ul");
    }

    private static void WriteLatency(HtmlMarkup html, RunComparison comparison)
    {
        var thresholds = comparison.Thresholds;
        html.Element("h2", "Latency");
        html.Element("p", string.Create(CultureInfo.InvariantCulture,
            $"Median and 95th percentile per kind of exchange, answered exchanges only. Flagged where the median, or with "
            + $"{LatencyThresholds.MinSamplesForP95} exchanges a side the 95th percentile, grew more than {thresholds.Ratio:0.##} times "
            + $"and by more than {thresholds.FloorMilliseconds:0.#} ms (--latency-ratio, --latency-floor)."),
            ("class", "muted"));
        html.Open("table", ("id", "latency"));
        html.HeadingRow("exchange", "before: n", "median", "p95", "after: n", "median", "p95", "");
        foreach (var latency in comparison.Latency)
        {
            html.Open("tr", ("data-grew", latency.Grew ? "yes" : "no"));
            html.Element("td", latency.Category);
            Figures(html, latency.Before);
            Figures(html, latency.After);
            html.Element("td", latency.Grew ? "grew" : "", ("class", latency.Grew ? "grew" : null));
            html.Close("tr");
        }

        html.Close("table");
    }

    private static void Figures(HtmlMarkup html, LatencyStats? stats)
    {
        html.Element("td", stats is null ? "" : Number(stats.Count), ("class", "n"));
        html.Element("td", stats is null ? "" : Milliseconds(stats.MedianMilliseconds), ("class", "n"));
        html.Element("td", stats is null ? "" : Milliseconds(stats.P95Milliseconds), ("class", "n"));
    }

    private static string Milliseconds(double value) => value.ToString("0.# 'ms'", CultureInfo.InvariantCulture);
}
