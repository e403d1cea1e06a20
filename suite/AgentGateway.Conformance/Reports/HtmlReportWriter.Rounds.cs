using AgentGateway.Conformance.Results;

namespace AgentGateway.Conformance.Reports;

public static partial class HtmlReportWriter
{
    /// <summary>
    /// The rounds of a repeated run: each round's verdict with a link to its own report, and every flaky check with its
    /// status in each round. A flaky check's row below shows the round named here; the other rounds' evidence is in
    /// their reports.
    /// </summary>
    private static void WriteRounds(HtmlMarkup html, RunResult run)
    {
        if (run.Rounds is not { } rounds)
        {
            return;
        }

        html.Open("section", ("id", "rounds"));
        html.Element("h2", $"Rounds: the same run {Number(rounds.Rounds.Count)} times");
        html.Element("p", "A check that did not end the same way in every round is flaky. Below, a flaky check shows the round "
            + "with its most telling status (FAIL, then WARN, PASS, ERROR, SKIP); a FAIL in only some rounds does not decide "
            + "the run, which is then INCOMPLETE, because an intermittent deviation and a check's timing look alike.");
        html.Open("table", ("class", "rounds"));
        html.HeadingRow("round", "verdict", "report");
        foreach (var round in rounds.Rounds)
        {
            html.Open("tr");
            html.Element("td", Number(round.Round));
            html.Element("td", round.Wording);
            html.Open("td");
            html.Open("a", ("href", $"{round.Folder}/{FileName}"));
            html.Text($"{round.Folder}/{FileName}");
            html.Close("a");
            html.Close("td");
            html.Close("tr");
        }

        html.Close("table");
        if (rounds.Flaky.Count == 0)
        {
            html.Element("p", "No check was flaky: each ended the same way in every round.");
        }
        else
        {
            html.Open("table", ("class", "flaky"));
            html.HeadingRow("flaky check", "status in each round", "shown below");
            foreach (var flaky in rounds.Flaky)
            {
                html.Open("tr");
                html.Element("td", flaky.Key, ("class", "mono"));
                html.Element("td", string.Join(" ", flaky.Statuses.Select(s => s.Label())));
                html.Element("td", $"round {Number(flaky.ShownRound)}");
                html.Close("tr");
            }

            html.Close("table");
        }

        html.Close("section");
        html.Line();
    }

    /// <summary>The mark after a check's name: waived by the baseline, flaky across rounds, or neither.</summary>
    private static void WriteMarks(HtmlMarkup html, RunResult run, CheckResult check)
    {
        if (run.Summary.IsWaived(check))
        {
            html.Element("span", " waived by the baseline", ("class", "waived"));
        }

        if (run.Rounds?.FlakyOf(check) is { } flaky)
        {
            html.Element("span", $" flaky: {string.Join(" ", flaky.Statuses.Select(s => s.Label()))} (round {Number(flaky.ShownRound)} shown)",
                ("class", "flaky"));
        }
    }
}
