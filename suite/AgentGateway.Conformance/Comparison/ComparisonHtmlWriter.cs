using System.Globalization;
using AgentGateway.Conformance.Reports;
using AgentGateway.Conformance.Results;

namespace AgentGateway.Conformance.Comparison;

/// <summary>
/// Renders a comparison as <c>comparison.html</c>: one self-contained page that opens offline, under the same rules as
/// <c>conformance.html</c>. Everything a run recorded, the gateway's answers first, goes through
/// <see cref="HtmlMarkup"/>'s encoder; the page runs only its own script and loads nothing.
/// </summary>
public static partial class ComparisonHtmlWriter
{
    public const string FileName = "comparison.html";

    /// <summary>The changes a reader sees first; unchanged checks are hidden until asked for.</summary>
    private static readonly CheckChange[] Order =
    [
        CheckChange.Regression, CheckChange.Fix, CheckChange.StillFailing, CheckChange.Flaky, CheckChange.Changed,
        CheckChange.Added, CheckChange.Removed, CheckChange.Unchanged,
    ];

    public static void Write(RunComparison comparison, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(writer);
        var html = new HtmlMarkup(writer);
        html.Constant("<!DOCTYPE html>\n");
        html.Open("html", ("lang", "en"));
        html.Open("head");
        html.Open("meta", ("charset", "utf-8"));
        html.Open("meta", ("http-equiv", "Content-Security-Policy"), ("content", ComparisonHtmlAssets.ContentSecurityPolicy));
        html.Open("meta", ("name", "referrer"), ("content", "no-referrer"));
        html.Open("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"));
        html.Element("title", $"syncagentinfo comparison: {Headline(comparison)}");
        html.Constant($"<style>{ComparisonHtmlAssets.Style}</style>");
        html.Close("head");
        html.Line();
        html.Open("body");

        WriteBanner(html, comparison);
        WriteFingerprints(html, comparison);
        WriteChecks(html, comparison);
        WriteDrift(html, comparison);
        WriteLatency(html, comparison);

        html.Constant($"<script>{ComparisonHtmlAssets.Script}</script>");
        html.Close("body");
        html.Close("html");
        html.Line();
    }

    private static string Headline(RunComparison comparison) => comparison.Counts[CheckChange.Regression] switch
    {
        0 => "NO REGRESSION",
        1 => "1 REGRESSION",
        var n => $"{Number(n)} REGRESSIONS",
    };

    private static void WriteBanner(HtmlMarkup html, RunComparison comparison)
    {
        html.Open("div", ("class", $"banner {(comparison.HasRegressions ? "verdict-not-conformant" : "verdict-conformant")}"));
        html.Element("h1", Headline(comparison));
        html.Open("ul");
        html.Element("li", $"Before: {comparison.Before.Wording}. After: {comparison.After.Wording}.");
        html.Element("li", string.Join(", ", Order.Select(c => $"{c.Label()}: {Number(comparison.Counts[c])}")));
        var grew = comparison.Latency.Count(l => l.Grew);
        html.Element("li", $"{Number(comparison.Drift.Count)} field drift(s), {Number(grew)} latency growth(s)");
        html.Close("ul");
        html.Close("div");
        html.Line();
        if (comparison.Warnings.Count > 0)
        {
            html.Element("h2", "Not like with like");
            html.Open("ul", ("class", "warnings"), ("id", "warnings"));
            foreach (var warning in comparison.Warnings)
            {
                html.Element("li", warning);
            }

            html.Close("ul");
        }
    }

    private static void WriteFingerprints(HtmlMarkup html, RunComparison comparison)
    {
        html.Element("h2", "The two runs");
        html.Open("table", ("id", "fingerprints"));
        html.HeadingRow("", "before", "after");
        var (b, a) = (comparison.Before, comparison.After);
        Row("read from", b.Source, a.Source);
        Row("verdict", b.Wording, a.Wording);
        Row("started (UTC)", Utc(b.Started), Utc(a.Started));
        Row("URL", b.Url, a.Url);
        Row("TLS certificate SHA-256", b.CertificateSha256, a.CertificateSha256);
        Row("Server header", b.ServerHeader, a.ServerHeader);
        Row("suite version", b.SuiteVersion, a.SuiteVersion);
        Row("requirement set version", b.RequirementSetVersion, a.RequirementSetVersion);
        Row("profile", b.Profile, a.Profile);
        Row("edition", b.Edition, a.Edition);
        Row("areas (--only)", Areas(b.OnlyAreas), Areas(a.OnlyAreas));
        Row("opt-in groups (--include)", string.Join(", ", b.Included), string.Join(", ", a.Included));
        Row("rounds", Number(b.Rounds), Number(a.Rounds));
        html.Close("table");
        html.Line();

        void Row(string name, string? before, string? after)
        {
            html.Open("tr", ("class", string.Equals(before, after, StringComparison.Ordinal) ? null : "differs"));
            html.Element("th", name);
            html.Element("td", before ?? "(none)", ("class", "mono"));
            html.Element("td", after ?? "(none)", ("class", "mono"));
            html.Close("tr");
        }

        static string Areas(IReadOnlyList<string> areas) => areas.Count == 0 ? "all" : string.Join(", ", areas);
    }

    private static void WriteChecks(HtmlMarkup html, RunComparison comparison)
    {
        html.Element("h2", "Checks");
        html.Open("fieldset", ("class", "filters"), ("id", "filters"), ("hidden", "hidden"));
        html.Element("legend", "Show");
        foreach (var change in Order)
        {
            html.Open("label");
            html.Open("input", ("type", "checkbox"), ("id", $"filter-{change.Css()}"), ("data-filter", change.Css()),
                ("checked", change == CheckChange.Unchanged ? null : "checked"));
            html.Text($" {change.Label()} ({Number(comparison.Counts[change])})");
            html.Close("label");
        }

        html.Close("fieldset");
        html.Open("table", ("id", "checks"));
        html.HeadingRow("change", "area", "check", "before", "after");
        foreach (var check in comparison.Checks.OrderBy(c => Array.IndexOf(Order, c.Change)))
        {
            html.Open("tr", ("data-change", check.Change.Css()));
            html.Open("td");
            html.Element("span", check.Change.Label(), ("class", $"badge c-{check.Change.Css()}"));
            html.Close("td");
            html.Element("td", check.Area);
            html.Open("td");
            html.Text(check.Sentence);
            html.Element("div", string.Join(", ", check.RequirementIds), ("class", "ids"));
            html.Close("td");
            html.Element("td", Statuses(check.Before));
            html.Element("td", Statuses(check.After));
            html.Close("tr");
            html.Line();
        }

        html.Close("table");
    }

    private static string Statuses(IReadOnlyList<CheckStatus> statuses) =>
        statuses.Count == 0 ? "not run" : string.Join(", ", statuses.Select(s => s.Label()));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Utc(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
