using AgentGateway.Conformance.Requirements;
using AgentGateway.Conformance.Results;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Harness;

[TestFixture]
public sealed class VerdictRulesTests
{
    private static CheckResult Check(CheckStatus status, string requirement = "SYNC-AUTH-001") => new()
    {
        Area = "HeaderEnforcement",
        Fixture = "HeaderEnforcementTests",
        Name = $"check_{status}_{requirement}",
        RequirementIds = [requirement],
        Status = status,
    };

    private static Verdict Decide(params CheckResult[] checks) => Decide(null, checks);

    private static Verdict Decide(string? setupError, params CheckResult[] checks) => Run(setupError, [], checks).Summary.Verdict;

    private static RunResult Run(string? setupError, IReadOnlyList<string> included, params CheckResult[] checks) => new RunResult
    {
        SuiteVersion = "test",
        RequirementSetVersion = "test",
        Started = DateTimeOffset.UnixEpoch,
        Finished = DateTimeOffset.UnixEpoch,
        Profile = "compatible",
        Edition = "default",
        Seed = 1,
        SetupError = setupError,
        Included = included,
        Checks = checks,
    }.Summarised(RequirementCatalogue.Load());

    private static CheckResult CallCheck(CheckStatus status) => Check(status, "SYNC-CALL-001") with { Area = "Calls", Fixture = "CallsTests" };

    private static RunSummary Summary(bool callsNotTested, params CheckResult[] checks) => new RunResult
    {
        SuiteVersion = "test",
        RequirementSetVersion = "test",
        Started = DateTimeOffset.UnixEpoch,
        Finished = DateTimeOffset.UnixEpoch,
        Profile = "compatible",
        Edition = "default",
        Seed = 1,
        CallsNotTested = callsNotTested,
        Checks = checks,
    }.Summarised(RequirementCatalogue.Load()).Summary;

    [Test]
    public void Call_checks_skipped_for_want_of_calls_leave_the_run_conformant_with_calls_not_tested()
    {
        var summary = Summary(true, Check(CheckStatus.Pass), Check(CheckStatus.Pass), Check(CheckStatus.Pass), CallCheck(CheckStatus.Skip));

        summary.Verdict.Should().Be(Verdict.Conformant);
        summary.Wording.Should().Be("CONFORMANT, calls not tested");
        summary.Reasons.Should().Contain(r => r.Contains("--calls", StringComparison.Ordinal));
    }

    [Test]
    public void A_skipped_call_check_of_a_run_with_calls_leaves_it_incomplete()
    {
        var summary = Summary(false, Check(CheckStatus.Pass), Check(CheckStatus.Pass), Check(CheckStatus.Pass), CallCheck(CheckStatus.Skip));

        summary.Verdict.Should().Be(Verdict.Incomplete);
        summary.Wording.Should().Be("INCOMPLETE");
    }

    [Test]
    public void A_run_with_calls_is_plainly_conformant() =>
        Summary(false, Check(CheckStatus.Pass), CallCheck(CheckStatus.Pass)).Wording.Should().Be("CONFORMANT");

    [Test]
    public void A_failure_without_calls_is_not_conformant_without_more_words() =>
        Summary(true, Check(CheckStatus.Fail), CallCheck(CheckStatus.Skip)).Wording.Should().Be("NOT CONFORMANT");

    [Test]
    public void Passes_and_warnings_alone_are_conformant() =>
        Decide(Check(CheckStatus.Pass), Check(CheckStatus.Warn, "SYNC-AUTH-007")).Should().Be(Verdict.Conformant);

    [Test]
    public void Any_failure_is_not_conformant() =>
        Decide(Check(CheckStatus.Pass), Check(CheckStatus.Fail), Check(CheckStatus.Error)).Should().Be(Verdict.NotConformant);

    [Test]
    public void An_error_leaves_the_run_incomplete() =>
        Decide(Check(CheckStatus.Pass), Check(CheckStatus.Pass), Check(CheckStatus.Error)).Should().Be(Verdict.Incomplete);

    [Test]
    public void A_skipped_must_check_leaves_the_run_incomplete() =>
        Decide(Check(CheckStatus.Pass), Check(CheckStatus.Pass), Check(CheckStatus.Skip)).Should().Be(Verdict.Incomplete);

    [Test]
    public void A_skipped_should_check_does_not() =>
        Decide(Check(CheckStatus.Pass), Check(CheckStatus.Pass), Check(CheckStatus.Skip, "SYNC-SCHEMA-004")).Should().Be(Verdict.Conformant);

    [Test]
    public void A_failed_setup_is_incomplete_never_a_hollow_pass() => Decide("preflight failed").Should().Be(Verdict.Incomplete);

    [Test]
    public void A_run_where_most_checks_never_judged_is_incomplete() =>
        Decide(Check(CheckStatus.Pass), Check(CheckStatus.Skip, "SYNC-SCHEMA-004"), Check(CheckStatus.Skip, "SYNC-SCHEMA-005"))
            .Should().Be(Verdict.Incomplete);

    [Test]
    public void A_skipped_must_check_of_an_opt_in_group_the_run_did_not_include_leaves_it_conformant()
    {
        var run = Run(null, [], Check(CheckStatus.Pass), Check(CheckStatus.Skip) with { OptInGroup = "slow" });

        run.Summary.Verdict.Should().Be(Verdict.Conformant);
        run.Summary.Reasons.Should().Contain("Opt-in group slow not included (--include slow): 1 of its checks did not run");
    }

    [Test]
    public void A_skipped_must_check_of_an_opt_in_group_the_run_included_leaves_it_incomplete() =>
        Run(null, ["slow"], Check(CheckStatus.Pass), Check(CheckStatus.Pass), Check(CheckStatus.Skip) with { OptInGroup = "slow" })
            .Summary.Verdict.Should().Be(Verdict.Incomplete);

    [Test]
    public void An_interrupted_run_is_incomplete_and_says_so_whatever_its_checks_did()
    {
        var run = Run(null, [], Check(CheckStatus.Pass), Check(CheckStatus.Pass), Check(CheckStatus.Pass)) with { Interrupted = "Ctrl+C" };

        var summary = run.Summarised(RequirementCatalogue.Load()).Summary;

        summary.Verdict.Should().Be(Verdict.Incomplete);
        summary.Reasons[0].Should().StartWith("Interrupted (Ctrl+C)");
    }
}
