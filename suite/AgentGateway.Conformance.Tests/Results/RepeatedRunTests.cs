using AgentGateway.Conformance.Baselines;
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
/// How the rounds of a repeated run (<c>--repeat</c>) come to one run: which checks are flaky, which round a flaky check
/// shows, the verdict and exit code, and how every report and the comparison show a flaky check. The rounds are models
/// written here, so that each case is exactly the one named; <see cref="RepeatedRunProcessTests"/> makes real ones.
/// </summary>
[TestFixture]
public sealed class RepeatedRunTests
{
    private static readonly RequirementCatalogue Catalogue = RequirementCatalogue.Load();

    private static CheckResult Check(string name, CheckStatus status, string requirement = "SYNC-AUTH-001") => new()
    {
        Area = "HeaderEnforcement",
        Fixture = "HeaderEnforcementTests",
        Name = name,
        RequirementIds = [requirement],
        Status = status,
        Message = status == CheckStatus.Fail ? $"{name} failed <b>" : null,
        Findings = status == CheckStatus.Fail
            ? [new Finding(requirement, RequirementLevel.Must, false, "refused", "accepted", null)]
            : status == CheckStatus.Warn ? [new Finding("SYNC-AUTH-014", RequirementLevel.Should, false, "ignored", "refused", null)] : [],
    };

    private static RunResult Round(int round, params CheckResult[] checks) => new RunResult
    {
        SuiteVersion = "test",
        RequirementSetVersion = "test",
        Started = DateTimeOffset.UnixEpoch.AddMinutes(round),
        Finished = DateTimeOffset.UnixEpoch.AddMinutes(round).AddSeconds(30),
        Profile = "compatible",
        Edition = "default",
        Seed = 1,
        Checks = checks,
    }.Summarised(Catalogue);

    [Test]
    public void Checks_that_end_alike_in_every_round_are_stable_and_show_the_last_round()
    {
        var first = Round(1, Check("a", CheckStatus.Pass), Check("b", CheckStatus.Skip));
        var second = Round(2, Check("a", CheckStatus.Pass) with { DurationMilliseconds = 7 }, Check("b", CheckStatus.Skip));

        var run = RepeatedRun.Combine([first, second], Catalogue);

        run.Rounds!.Flaky.Should().BeEmpty();
        run.Checks.Single(c => c.Name == "a").DurationMilliseconds.Should().Be(7);
        run.Rounds.Rounds.Select(r => r.Folder).Should().Equal("round-1", "round-2");
        run.Started.Should().Be(first.Started);
        run.Finished.Should().Be(second.Finished);
    }

    [Test]
    public void A_check_that_failed_in_some_rounds_only_is_flaky_and_leaves_the_run_undecided()
    {
        var run = RepeatedRun.Combine(
            [Round(1, Check("a", CheckStatus.Pass)), Round(2, Check("a", CheckStatus.Fail)), Round(3, Check("a", CheckStatus.Pass))], Catalogue);

        run.Rounds!.Flaky.Should().ContainSingle().Which.Should().BeEquivalentTo(new FlakyCheck
        {
            Key = "HeaderEnforcementTests.a", Statuses = [CheckStatus.Pass, CheckStatus.Fail, CheckStatus.Pass], ShownRound = 2,
        });
        run.Checks.Single().Status.Should().Be(CheckStatus.Fail, "the round with the failure is the one shown, with its evidence");
        run.Verdict.Should().Be(Verdict.Incomplete);
        run.Summary.Wording.Should().Be("INCOMPLETE over 3 rounds");
        run.Summary.Reasons.Should().Contain(r => r.StartsWith("1 flaky checks failed a MUST requirement in some rounds", StringComparison.Ordinal));
        run.Summary.Reasons.Should().Contain("3 rounds of the same run: round 1 CONFORMANT; round 2 NOT CONFORMANT; round 3 CONFORMANT");
        ExitCodes.Of(run).Should().Be(ExitCodes.SuiteError);
    }

    [Test]
    public void A_check_that_failed_in_every_round_fails_the_run_beside_a_flaky_one()
    {
        var run = RepeatedRun.Combine(
            [Round(1, Check("a", CheckStatus.Fail), Check("b", CheckStatus.Pass)), Round(2, Check("a", CheckStatus.Fail), Check("b", CheckStatus.Fail))],
            Catalogue);

        run.Rounds!.Flaky.Select(f => f.Key).Should().Equal("HeaderEnforcementTests.b");
        run.Verdict.Should().Be(Verdict.NotConformant);
        run.Summary.Reasons.Should().Contain(r => r.StartsWith("1 checks failed a MUST requirement", StringComparison.Ordinal));
        ExitCodes.Of(run).Should().Be(ExitCodes.NotConformant);
    }

    [Test]
    public void A_check_flaky_between_pass_and_warn_is_named_and_does_not_change_a_conformant_verdict()
    {
        var run = RepeatedRun.Combine([Round(1, Check("a", CheckStatus.Warn)), Round(2, Check("a", CheckStatus.Pass))], Catalogue);

        run.Rounds!.Flaky.Should().ContainSingle().Which.ShownRound.Should().Be(1);
        run.Verdict.Should().Be(Verdict.Conformant);
        run.Summary.Wording.Should().Be("CONFORMANT over 2 rounds");
        run.Summary.Reasons.Should().Contain(r => r.StartsWith("1 other flaky checks", StringComparison.Ordinal));
    }

    [Test]
    public void A_flaky_failure_a_live_waiver_accepts_does_not_leave_the_run_undecided()
    {
        var baseline = new Baseline("baseline.json", [new Waiver("SYNC-AUTH-001", "known", "ops", new DateOnly(2100, 1, 1), null)]);
        var rounds = new[] { Round(1, Check("a", CheckStatus.Pass)), Round(2, Check("a", CheckStatus.Fail)) }
            .Select(r => (r with { Baseline = baseline }).Summarised(Catalogue)).ToList();

        var run = RepeatedRun.Combine(rounds, Catalogue);

        run.Verdict.Should().Be(Verdict.ConformantWithWaivers);
    }

    [Test]
    public void A_round_that_was_interrupted_leaves_the_run_incomplete()
    {
        var run = RepeatedRun.Combine(
            [Round(1, Check("a", CheckStatus.Pass)), Round(2, Check("a", CheckStatus.Skip)) with { Interrupted = "Ctrl+C" }], Catalogue);

        run.Interrupted.Should().Be("Ctrl+C");
        run.Verdict.Should().Be(Verdict.Incomplete);
    }

    [Test]
    public void Junit_writes_a_flaky_failure_as_skipped_of_type_flaky_and_stays_valid()
    {
        var run = RepeatedRun.Combine(
            [Round(1, Check("a", CheckStatus.Pass), Check("b", CheckStatus.Pass)), Round(2, Check("a", CheckStatus.Fail), Check("b", CheckStatus.Pass))],
            Catalogue);
        using var stream = new MemoryStream();

        JUnitReportWriter.Write(run, Catalogue, stream);

        var xml = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        JUnitSchema.Errors(xml).Should().BeEmpty();
        xml.Should().Contain("failures=\"0\"").And.Contain("<skipped type=\"flaky\" message=\"FLAKY FAIL, undecided: PASS FAIL in 2 rounds, round 2 shown");
        xml.Should().Contain("<property name=\"flaky\" value=\"PASS FAIL in 2 rounds, round 2 shown\"");
    }

    [Test]
    public void The_html_report_links_each_round_and_marks_the_flaky_check()
    {
        var run = RepeatedRun.Combine([Round(1, Check("a", CheckStatus.Pass)), Round(2, Check("a", CheckStatus.Fail))], Catalogue);
        using var writer = new StringWriter();

        HtmlReportWriter.Write(run, ReportInputs.Load(), writer);

        var html = writer.ToString();
        html.Should().Contain("<section id=\"rounds\">").And.Contain("<a href=\"round-2/conformance.html\">");
        html.Should().Contain("flaky: PASS FAIL (round 2 shown)");
        html.Should().Contain("a failed &lt;b&gt;").And.NotContain("a failed <b>");
    }

    [Test]
    public void A_comparison_reads_the_rounds_of_a_repeated_run_and_calls_its_flaky_check_flaky_not_a_regression()
    {
        var before = Round(1, Check("a", CheckStatus.Pass));
        var repeated = RepeatedRun.Combine([Round(1, Check("a", CheckStatus.Pass)), Round(2, Check("a", CheckStatus.Fail))], Catalogue);
        var read = ResultsJsonWriter.Read(Serialised(repeated));

        var comparison = RunComparison.Of(RunSide.Of("before", [before]), RunSide.Of("after", [read]), new LatencyThresholds());

        comparison.Checks.Single().After.Should().Equal(CheckStatus.Pass, CheckStatus.Fail);
        comparison.Checks.Single().Change.Should().Be(CheckChange.Flaky);
        comparison.HasRegressions.Should().BeFalse();
    }

    private static string Serialised(RunResult run)
    {
        using var writer = new StringWriter();
        ResultsJsonWriter.Write(run, writer);
        return writer.ToString();
    }
}
