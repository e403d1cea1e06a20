using System.Globalization;
using AgentGateway.Conformance.Baselines;
using AgentGateway.Conformance.Results;

namespace AgentGateway.Conformance.Reports;

public static partial class HtmlReportWriter
{
    /// <summary>
    /// The baseline the run was judged with: each waiver with what it did, its reason, owner, expiry and link (as text),
    /// and the failed checks it names. A waived check stays FAIL in every other section.
    /// </summary>
    private static void WriteWaivers(HtmlMarkup html, RunResult run)
    {
        if (run.Baseline is not { } baseline)
        {
            return;
        }

        html.Open("section", ("id", "waivers"));
        html.Element("h2", "Baseline: accepted deviations");
        html.Element("p", $"Judged with the baseline {baseline.Source} on {run.Started.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} (UTC). "
            + "A failure a live waiver accepts is still a FAIL below, with its evidence; it only does not fail the run. "
            + "A run with waived failures is never simply CONFORMANT.");
        html.Open("table", ("class", "waivers"));
        html.HeadingRow(WaiverHeadings);
        foreach (var outcome in run.Summary.Waivers)
        {
            var waiver = outcome.Waiver;
            html.Open("tr", ("data-waiver", WaiverCss(outcome.Status)));
            html.Element("td", waiver.Id);
            html.Element("td", WaiverText(outcome), ("class", WaiverCss(outcome.Status)));
            html.Element("td", waiver.Reason);
            html.Element("td", waiver.Owner);
            html.Element("td", waiver.Expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            html.Element("td", waiver.Link ?? "");
            html.Element("td", string.Join(", ", outcome.Checks));
            html.Close("tr");
        }

        html.Close("table");
        html.Close("section");
        html.Line();
    }

    private static readonly string[] WaiverHeadings = ["waiver", "in this run", "reason", "owner", "expires", "link", "failed checks it names"];

    private static string WaiverText(WaiverOutcome outcome) => outcome.Status switch
    {
        WaiverStatus.Waiving => "waiving: its failures do not fail the run",
        WaiverStatus.Expired => outcome.Checks.Count > 0 ? "EXPIRED: its failures fail the run" : "expired, and nothing it names failed",
        WaiverStatus.Stale => "stale: judged and not failed; remove it",
        _ => "not judged in this run",
    };

    private static string WaiverCss(WaiverStatus status) => status switch
    {
        WaiverStatus.Waiving => "waiving",
        WaiverStatus.Expired => "expired",
        WaiverStatus.Stale => "stale",
        _ => "not-judged",
    };
}
