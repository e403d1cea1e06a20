using AgentGateway.Conformance.Cli;
using AgentGateway.Conformance.Comparison;
using AgentGateway.Conformance.Results;
using AgentGateway.Conformance.Tests.Support;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Comparison;

/// <summary><c>run.sh compare</c> as a process of its own, on the results.json of real runs: its files and exit codes.</summary>
[TestFixture]
public sealed class CompareCommandTests
{
    private DirectoryInfo _folder = null!;
    private string _conformant = null!;
    private string _faulty = null!;

    [OneTimeSetUp]
    public async Task WriteTheRunsAsync()
    {
        var runs = await ComparedRuns.GetAsync();
        _folder = Directory.CreateTempSubdirectory("agw-compare-");
        _conformant = Write("conformant.json", runs.Conformant);
        var faulty = Directory.CreateDirectory(Path.Combine(_folder.FullName, "faulty-reports"));
        Write(Path.Combine(faulty.Name, ResultsJsonWriter.FileName), runs.Faulty);
        _faulty = faulty.FullName;
    }

    [OneTimeTearDown]
    public void RemoveTheRuns() => _folder.Delete(recursive: true);

    [Test]
    public async Task A_regression_exits_1_and_writes_the_three_files()
    {
        var outcome = await SuiteProcess.RunAsync([CompareCommand.Name, _conformant, _faulty]);

        outcome.ExitCode.Should().Be(CompareExitCodes.Regressions, outcome.Output);
        outcome.Reports.Keys.Should().BeEquivalentTo(ComparisonHtmlWriter.FileName, ComparisonMarkdownWriter.FileName, ComparisonJsonWriter.FileName);
        outcome.Reports[ComparisonJsonWriter.FileName].Should().Contain("\"change\": \"REGRESSION\"");
        outcome.Output.Should().Contain("Result: REGRESSIONS");
    }

    [Test]
    public async Task Fixes_alone_exit_0()
    {
        var outcome = await SuiteProcess.RunAsync([CompareCommand.Name, _faulty, _conformant, "--latency-ratio", "2", "--latency-floor=500ms"]);

        outcome.ExitCode.Should().Be(CompareExitCodes.NoRegression, outcome.Output);
        outcome.Reports[ComparisonJsonWriter.FileName].Should().Contain("\"floorMilliseconds\": 500").And.Contain("\"ratio\": 2");
    }

    [Test]
    public async Task A_side_that_is_no_results_json_exits_2_with_a_message_and_writes_nothing()
    {
        var forged = Path.Combine(_folder.FullName, "forged.json");
        await File.WriteAllTextAsync(forged, "{\"checks\": \"<script>\"}");

        var outcome = await SuiteProcess.RunAsync([CompareCommand.Name, _conformant, forged]);

        outcome.ExitCode.Should().Be(CompareExitCodes.BadInput);
        outcome.Output.Should().Contain($"Cannot compare: {forged}: not a results.json of this suite");
        outcome.Reports.Should().BeEmpty();
    }

    [TestCase("--latency-ratio", "0.5")]
    [TestCase("--latency-floor", "soon")]
    [TestCase("--max-input", "-1")]
    [TestCase("--unknown", "1")]
    public void A_bad_option_is_refused_with_a_message(string option, string value) =>
        FluentActions.Invoking(() => CompareCommand.Parse(["a.json", "b.json", option, value], null))
            .Should().Throw<ArgumentException>().Which.Message.Should().Contain(option);

    [Test]
    public void Compare_needs_exactly_two_runs() =>
        FluentActions.Invoking(() => CompareCommand.Parse(["a.json"], null))
            .Should().Throw<ArgumentException>().WithMessage("compare needs two runs*not 1*");

    [Test]
    public void The_help_names_the_exit_codes_and_the_thresholds()
    {
        var help = CompareCommand.HelpText();

        help.Should().Contain("Exit codes: 0 no regression, 1 at least one check regressed").And.Contain("2 bad options or input");
        help.Should().Contain("--latency-ratio R").And.Contain("(default 1.5)").And.Contain("(default 200ms)");
        CommandLine.HelpText([], []).Should().Contain("./run.sh compare BEFORE AFTER").And.Contain("Exit codes of compare: 0 no regression");
    }

    private string Write(string name, RunResult run)
    {
        var path = Path.Combine(_folder.FullName, name);
        ResultsJsonWriter.Write(run, path);
        return path;
    }
}
