using AgentGateway.Conformance.Harness;
using AgentGateway.Conformance.Requirements;
using AgentGateway.Conformance.Results;
using FluentAssertions;
using NUnit.Framework;
using NUnit.Framework.Interfaces;

namespace AgentGateway.Conformance.Tests.Harness;

/// <summary>A check's findings and what stopped it decide its status; NUnit's outcome follows from that status.</summary>
[TestFixture]
public sealed class CheckOutcomeTests
{
    private static readonly Finding HeldMust = new("SYNC-AUTH-001", RequirementLevel.Must, true, "refused", "refused", null);
    private static readonly Finding ViolatedMust = new("SYNC-AUTH-002", RequirementLevel.Must, false, "refused", "accepted", null);
    private static readonly Finding ViolatedShould = new("SYNC-RET-007", RequirementLevel.Should, false, "no state", "state", "$.result");

    private static CheckOutcome Decide(Exception? stop, params Finding[] findings) =>
        CheckOutcome.Decide(findings, stop, f => $"{f.RequirementId}: {f.Actual}");

    [Test]
    public void A_check_that_ran_to_its_end_with_every_finding_held_passes()
    {
        var outcome = Decide(null, HeldMust);
        outcome.Should().Be(new CheckOutcome(CheckStatus.Pass, null));
        outcome.ResultState.Should().Be(ResultState.Success);
    }

    [Test]
    public void A_violated_should_is_a_warning_that_names_it()
    {
        var outcome = Decide(null, HeldMust, ViolatedShould);
        outcome.Status.Should().Be(CheckStatus.Warn);
        outcome.Message.Should().Be("SYNC-RET-007: state");
        outcome.ResultState.Should().Be(ResultState.Warning);
    }

    [Test]
    public void A_violated_must_fails_with_its_description_whatever_was_warned_before()
    {
        var outcome = Decide(new MustViolated("stopped"), ViolatedShould, HeldMust, ViolatedMust);
        outcome.Status.Should().Be(CheckStatus.Fail);
        outcome.Message.Should().Be("SYNC-AUTH-002: accepted");
        outcome.ResultState.Should().Be(ResultState.Failure);
    }

    [Test]
    public void A_step_the_gateway_withheld_skips_the_check_with_its_reason()
    {
        var outcome = Decide(new UndecidableException("the sign-in was refused"), HeldMust);
        outcome.Should().Be(new CheckOutcome(CheckStatus.Skip, "Not decidable on this target: the sign-in was refused"));
        outcome.ResultState.Should().Be(ResultState.Ignored);
        Decide(new TargetUnresponsiveException("two requests timed out")).Status.Should().Be(CheckStatus.Skip);
    }

    [Test]
    public void A_warning_found_before_the_check_became_undecidable_stays_a_warning() =>
        Decide(new UndecidableException("no event came"), ViolatedShould).Status.Should().Be(CheckStatus.Warn);

    [Test]
    public void Anything_else_thrown_is_an_error_of_the_suite_never_a_verdict_on_the_gateway()
    {
        var outcome = Decide(new InvalidOperationException("a bug"), HeldMust, ViolatedShould);
        outcome.Status.Should().Be(CheckStatus.Error);
        outcome.Message.Should().Be("System.InvalidOperationException : a bug");
        outcome.ResultState.Should().Be(ResultState.Error);
    }

    [Test]
    public void A_check_the_run_s_interruption_stopped_is_skipped_with_what_interrupted_it_or_keeps_its_warning()
    {
        var outcome = Decide(new RunInterruptedException("Ctrl+C"), HeldMust);
        outcome.Status.Should().Be(CheckStatus.Skip);
        outcome.Message.Should().Contain("interrupted (Ctrl+C)");
        Decide(new RunInterruptedException("Ctrl+C"), ViolatedShould).Status.Should().Be(CheckStatus.Warn);
    }
}
