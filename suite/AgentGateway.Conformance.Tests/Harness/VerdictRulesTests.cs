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

    private static Verdict Decide(string? setupError, params CheckResult[] checks) => new RunResult
    {
        SuiteVersion = "test",
        RequirementSetVersion = "test",
        Started = DateTimeOffset.UnixEpoch,
        Finished = DateTimeOffset.UnixEpoch,
        Profile = "compatible",
        Edition = "default",
        Seed = 1,
        SetupError = setupError,
        Checks = checks,
    }.Summarised(RequirementCatalogue.Load()).Verdict;

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
}
