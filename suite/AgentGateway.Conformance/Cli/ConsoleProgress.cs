using System.Globalization;
using AgentGateway.Conformance.Results;

namespace AgentGateway.Conformance.Cli;

/// <summary>Prints a line per finished check with the counts of its area, then the summary table of the run.</summary>
public sealed class ConsoleProgress(TextWriter console, IReadOnlyDictionary<string, int> planned)
{
    private static readonly CheckStatus[] Statuses = Enum.GetValues<CheckStatus>();

    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _done = new(StringComparer.Ordinal);
    private readonly int _total = planned.Values.Sum();
    private int _finished;

    public void Line(string text)
    {
        lock (_gate)
        {
            console.WriteLine(text);
        }
    }

    public void CheckFinished(CheckResult check)
    {
        ArgumentNullException.ThrowIfNull(check);
        lock (_gate)
        {
            _finished++;
            var done = _done[check.Area] = _done.GetValueOrDefault(check.Area) + 1;
            var area = $"{check.Area} {done}/{planned.GetValueOrDefault(check.Area)}";
            console.WriteLine(string.Create(
                CultureInfo.InvariantCulture, $"[{_finished,3}/{_total}] {check.Status.Label(),-5} {area,-24} {check.Name}"));
        }
    }

    /// <summary>Checks per area and status, the verdict, and where the reports are.</summary>
    public void Summary(RunResult run, IReadOnlyList<string> reports)
    {
        ArgumentNullException.ThrowIfNull(run);
        var rows = run.Checks.GroupBy(c => c.Area, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var width = Math.Max(10, rows.Select(r => r.Key.Length).DefaultIfEmpty(0).Max());
        lock (_gate)
        {
            console.WriteLine();
            console.WriteLine($"{"area".PadRight(width)}  " + string.Join(" ", Statuses.Select(s => $"{s.Label(),5}")));
            foreach (var row in rows)
            {
                console.WriteLine($"{row.Key.PadRight(width)}  " + string.Join(" ", Statuses.Select(s => Count(row, s))));
            }

            console.WriteLine($"{"total".PadRight(width)}  " + string.Join(" ", Statuses.Select(s => run.Summary.Count(s).ToString(CultureInfo.InvariantCulture).PadLeft(5))));
            console.WriteLine();
            if (run.SetupError is not null)
            {
                console.WriteLine($"Setup failed: {run.SetupError}");
            }

            if (run.Interrupted is not null)
            {
                console.WriteLine($"Interrupted ({run.Interrupted}): the checks not finished were skipped.");
            }

            if (run.Checks.Count > 0)
            {
                console.WriteLine($"Time: {RunTiming.Of(run)}");
            }

            var scope = run.OnlyAreas.Count == 0 ? "" : $" for {string.Join(", ", run.OnlyAreas)} only (a partial run)";
            console.WriteLine($"Verdict: {run.Summary.Wording}{scope}");
            foreach (var reason in VerdictRules.WaiverReasons(run.Summary.Waivers, run.Summary.Waived.Count))
            {
                console.WriteLine($"  {reason}");
            }

            foreach (var file in reports)
            {
                console.WriteLine($"Report: {file}");
            }
        }
    }

    /// <summary>The checks of a repeated run that did not end the same way in every round, with each round's status.</summary>
    public void Flaky(RunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Rounds is not { } rounds)
        {
            return;
        }

        lock (_gate)
        {
            console.WriteLine(rounds.Flaky.Count == 0
                ? "Every check ended the same way in every round: none is flaky."
                : $"Flaky checks ({rounds.Flaky.Count}), with their status in each round:");
            foreach (var flaky in rounds.Flaky)
            {
                console.WriteLine($"  {string.Join(" ", flaky.Statuses.Select(s => s.Label())),-24} {flaky.Key}");
            }
        }
    }

    private static string Count(IEnumerable<CheckResult> checks, CheckStatus status) =>
        checks.Count(c => c.Status == status).ToString(CultureInfo.InvariantCulture).PadLeft(5);
}
