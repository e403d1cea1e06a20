using System.Text.RegularExpressions;
using AgentGateway.Conformance.Comparison;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Comparison;

/// <summary>comparison.md of real runs, and of the hostile edit of them: one valid Markdown table whatever the gateway sent.</summary>
[TestFixture]
public sealed partial class ComparisonMarkdownTests
{
    private string _markdown = null!;
    private string _hostile = null!;

    [OneTimeSetUp]
    public async Task WriteTheComparisonsAsync()
    {
        var runs = await ComparedRuns.GetAsync();
        _markdown = Render(ComparedRuns.Compare(runs.Conformant, runs.Faulty));
        _hostile = Render(HostileComparison.Of(runs));
    }

    [Test]
    public void The_comparison_is_one_table_with_a_header_a_separator_and_rows_of_four_cells()
    {
        var rows = TableRows(_markdown);

        rows[0].Should().Equal("change", "what", "before", "after");
        rows[1].Should().OnlyContain(cell => SeparatorCell().IsMatch(cell)).And.HaveCount(4);
        rows.Skip(2).Should().NotBeEmpty().And.OnlyContain(r => r.Count == 4);
    }

    [Test]
    public void The_table_lists_the_regressions_and_the_drift()
    {
        var rows = TableRows(_markdown).Skip(2).ToList();

        rows.Should().Contain(r => r[0] == "regression" && r[1].StartsWith("Every agent state info field has its table 5 type", StringComparison.Ordinal)
            && r[2] == "PASS" && r[3] == "FAIL");
        rows.Should().Contain(r => r[0] == "type drift" && r[1].StartsWith("`$.result.agentStateInfo.preBusy`", StringComparison.Ordinal));
        rows.Should().Contain(r => r[0] == "values drift" && r[2] == "`\"000-003\"`" && r[3] == "`\"100-099\"`");
        rows.Should().NotContain(r => r[0] == "unchanged", "the table is short: only what changed");
    }

    [Test]
    public void Pipes_and_line_breaks_in_gateway_text_keep_every_row_whole()
    {
        var table = TableLines(_hostile);
        var rows = TableRows(_hostile);

        rows.Skip(2).Should().OnlyContain(r => r.Count == 4);
        table.Should().Contain(l => l.Contains("x\\|<script>/*field*/window.__agwPwned=1</script>\\ny", StringComparison.Ordinal),
            "the field name is in a code span, its pipe escaped and its line break written as \\n");
        table.Should().Contain(l => l.Contains("``\"a\\|b `<img", StringComparison.Ordinal),
            "a value holding a backtick is fenced with more backticks");
        table.Should().Contain(l => l.Contains("Refuses \\<script\\>/\\*check\\*/", StringComparison.Ordinal), "the suite's own words are escaped");
    }

    [Test]
    public void Nothing_after_the_table_breaks_out_of_it()
    {
        var lines = _hostile.Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith("| change |", StringComparison.Ordinal));

        lines.Skip(start).Where(l => l.Length > 0).Should().OnlyContain(l => l.StartsWith('|') && l.EndsWith('|'));
    }

    private static string Render(RunComparison comparison)
    {
        using var writer = new StringWriter();
        ComparisonMarkdownWriter.Write(comparison, writer);
        return writer.ToString();
    }

    private static List<string> TableLines(string markdown) =>
        [.. markdown.Split('\n').SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|'))];

    /// <summary>The cells of each table line, split at pipes that are not escaped, as GitHub Flavored Markdown splits them.</summary>
    private static List<List<string>> TableRows(string markdown) =>
        [.. TableLines(markdown).Select(l => UnescapedPipe().Split(l.Trim()[1..^1]).Select(c => c.Trim()).ToList())];

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedPipe();

    [GeneratedRegex("^:?-{3,}:?$")]
    private static partial Regex SeparatorCell();
}
