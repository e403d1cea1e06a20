using AgentGateway.Conformance.Cli;
using AgentGateway.Conformance.Comparison;
using AgentGateway.Conformance.Reports;
using AgentGateway.Conformance.Requirements;
using AgentGateway.Conformance.Results;
using AgentGateway.Conformance.Tests.Support;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Results;

/// <summary>
/// <c>run.sh --repeat 2</c> as a process against the embedded gateway: a conformant gateway stays CONFORMANT with no
/// flaky check and a deviation in every round fails the run, each round's reports in a folder of its own and the rounds'
/// reports beside them. A gateway that deviates in one round only is made of the rounds of those two real runs, as if
/// the gateway had changed between them: the check is flaky, the run undecided, and a comparison calls it flaky.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class RepeatedRunProcessTests
{
    private SuiteProcess.Outcome _conformant = null!;
    private SuiteProcess.Outcome _deviating = null!;

    [OneTimeSetUp]
    public async Task RunTwice()
    {
        _conformant = await SuiteProcess.RunAsync(["--repeat", "2", "--only", "Consistency"]);
        _deviating = await SuiteProcess.RunAsync(["--repeat", "2", "--only", "Consistency", "--fault", "worknumber-mismatch"]);
    }

    [Test]
    public void A_conformant_gateway_is_conformant_over_both_rounds_with_no_flaky_check()
    {
        _conformant.ExitCode.Should().Be(ExitCodes.Conformant, _conformant.Output);
        var run = _conformant.Results;
        run.Summary.Wording.Should().Be("CONFORMANT over 2 rounds");
        run.Rounds!.Rounds.Select(r => (r.Round, r.Folder, r.Verdict)).Should().Equal((1, "round-1", Verdict.Conformant), (2, "round-2", Verdict.Conformant));
        run.Rounds.Flaky.Should().BeEmpty();
        _conformant.Output.Should().Contain("Round 2 of 2").And.Contain("Every check ended the same way in every round");
    }

    [Test]
    public void Each_round_writes_its_own_reports_and_the_rounds_write_theirs_beside_them()
    {
        foreach (var file in new[] { ResultsJsonWriter.FileName, JUnitReportWriter.FileName, HtmlReportWriter.FileName })
        {
            _conformant.Reports.Should().ContainKeys(file, Path.Combine("round-1", file), Path.Combine("round-2", file));
        }

        ResultsJsonWriter.Read(_conformant.Reports[Path.Combine("round-2", ResultsJsonWriter.FileName)]).Rounds.Should().BeNull();
        JUnitSchema.Errors(_conformant.Reports[JUnitReportWriter.FileName]).Should().BeEmpty();
        _conformant.Reports[HtmlReportWriter.FileName].Should().Contain("<a href=\"round-1/conformance.html\">");
    }

    [Test]
    public async Task A_certification_package_of_several_rounds_is_refused()
    {
        var package = Path.Combine(Path.GetTempPath(), $"agw-{Guid.NewGuid():N}.zip");

        var refused = await SuiteProcess.RunAsync(["--repeat", "2", "--package", package]);

        refused.ExitCode.Should().Be(ExitCodes.ConfigurationOrPreflight, refused.Output);
        refused.Output.Should().Contain("a certification package (--package) is of one run");
        File.Exists(package).Should().BeFalse();
    }

    [Test]
    public void A_deviation_in_every_round_is_stable_and_fails_the_run()
    {
        _deviating.ExitCode.Should().Be(ExitCodes.NotConformant, _deviating.Output);
        _deviating.Results.Summary.Wording.Should().Be("NOT CONFORMANT over 2 rounds");
        _deviating.Results.Rounds!.Flaky.Should().BeEmpty();
        _deviating.Results.Summary.Failed.Should().Equal("SYNC-CONS-001");
    }

    [Test]
    public void A_deviation_in_one_round_only_is_flaky_undecided_and_no_regression()
    {
        var conformantRound = ResultsJsonWriter.Read(_conformant.Reports[Path.Combine("round-1", ResultsJsonWriter.FileName)]);
        var deviatingRound = ResultsJsonWriter.Read(_deviating.Reports[Path.Combine("round-1", ResultsJsonWriter.FileName)]);
        var failing = deviatingRound.Checks.Where(c => c.Status == CheckStatus.Fail).Select(c => c.Key).ToList();
        failing.Should().NotBeEmpty();

        var run = RepeatedRun.Combine([conformantRound, deviatingRound], RequirementCatalogue.Load());

        run.Rounds!.Flaky.Select(f => f.Key).Should().BeEquivalentTo(failing);
        run.Rounds.Flaky.Should().OnlyContain(f => f.ShownRound == 2 && f.Statuses.SequenceEqual(new[] { CheckStatus.Pass, CheckStatus.Fail }));
        run.Verdict.Should().Be(Verdict.Incomplete);
        ExitCodes.Of(run).Should().Be(ExitCodes.SuiteError);

        var comparison = RunComparison.Of(RunSide.Of("before", [conformantRound]), RunSide.Of("after", [run]), new LatencyThresholds());
        comparison.Counts[CheckChange.Flaky].Should().Be(failing.Count);
        comparison.HasRegressions.Should().BeFalse();
    }
}
