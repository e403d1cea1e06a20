using System.Globalization;
using System.Text;
using AgentGateway.Conformance.Results;

namespace AgentGateway.Conformance.Comparison;

/// <summary>
/// Writes a comparison as <c>comparison.md</c>: a few lines and one Markdown table of what changed, short enough for a
/// pull request or a ticket. Text from the gateway goes into code spans, with pipes and line breaks escaped, so it can
/// neither break the table nor become a link or markup.
/// </summary>
public static class ComparisonMarkdownWriter
{
    public const string FileName = "comparison.md";

    private static readonly CheckChange[] Listed =
        [CheckChange.Regression, CheckChange.Fix, CheckChange.Added, CheckChange.Removed, CheckChange.Flaky, CheckChange.Changed];

    public static void Write(RunComparison comparison, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(writer);
        var regressions = comparison.Counts[CheckChange.Regression];
        writer.Write($"### Gateway comparison: {(regressions == 0 ? "no regression" : Count(regressions, "regression"))}\n\n");
        writer.Write($"Before: **{Plain(comparison.Before.Wording)}**, after: **{Plain(comparison.After.Wording)}**. ");
        writer.Write(string.Join(", ", Enum.GetValues<CheckChange>().Select(c => $"{c.Label()}: {comparison.Counts[c]}")) + ".\n\n");
        foreach (var warning in comparison.Warnings)
        {
            writer.Write($"> **Warning:** {Plain(warning)}\n\n");
        }

        writer.Write("| change | what | before | after |\n|---|---|---|---|\n");
        var rows = 0;
        foreach (var check in comparison.Checks.Where(c => Listed.Contains(c.Change)).OrderBy(c => Array.IndexOf(Listed, c.Change)))
        {
            var what = $"{Plain(check.Sentence)} ({Plain(string.Join(", ", check.RequirementIds))})";
            Row(writer, check.Change.Label(), what, Statuses(check.Before), Statuses(check.After));
            rows++;
        }

        foreach (var drift in comparison.Drift)
        {
            var kinds = drift.Kinds.Count == 1
                ? Code(drift.Kinds[0])
                : $"{drift.Kinds.Count} kinds of response, e.g. {Code(drift.Kinds[0])}";
            var aspect = drift.Aspect.ToString().ToLowerInvariant();
            Row(writer, $"{aspect} drift", $"{Code(drift.Path)} in {kinds}", Code(drift.Before), Code(drift.After));
            rows++;
        }

        foreach (var latency in comparison.Latency.Where(l => l.Grew))
        {
            Row(writer, "latency growth", Plain($"{latency.Category}: median, p95"), Figures(latency.Before), Figures(latency.After));
            rows++;
        }

        if (rows == 0)
        {
            Row(writer, "none", "no check, field or latency changed", "", "");
        }
    }

    /// <summary>
    /// Text from a run, even the gateway's, as a code span: no Markdown inside it is read, a pipe is escaped as the table
    /// needs, and line breaks and other control characters are written as escapes, so the row stays one line.
    /// </summary>
    internal static string Code(string text)
    {
        if (text.Length == 0)
        {
            return "(empty)";
        }

        var escaped = new StringBuilder();
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '|' => "\\|",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => c.ToString(),
            });
        }

        var body = escaped.ToString();
        var fence = new string('`', LongestRun(body, '`') + 1);
        var pad = body.StartsWith('`') || body.EndsWith('`') ? " " : "";
        return $"{fence}{pad}{body}{pad}{fence}";
    }

    /// <summary>The suite's own words, with every character Markdown could read as markup escaped.</summary>
    internal static string Plain(string text)
    {
        var escaped = new StringBuilder();
        foreach (var c in text)
        {
            if (c is '\n' or '\r')
            {
                escaped.Append(' ');
                continue;
            }

            if (@"\`*_{}[]()<>#+-.!|~&:@".Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    private static void Row(TextWriter writer, string change, string what, string before, string after) =>
        writer.Write($"| {change} | {what} | {before} | {after} |\n");

    private static string Statuses(IReadOnlyList<CheckStatus> statuses) =>
        statuses.Count == 0 ? "not run" : string.Join(", ", statuses.Select(s => s.Label()));

    private static string Figures(LatencyStats? stats) => stats is null
        ? "none"
        : string.Create(CultureInfo.InvariantCulture, $"{stats.MedianMilliseconds:0.#} ms, {stats.P95Milliseconds:0.#} ms");

    private static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");

    private static int LongestRun(string text, char c)
    {
        int longest = 0, run = 0;
        foreach (var x in text)
        {
            run = x == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}
