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
}
