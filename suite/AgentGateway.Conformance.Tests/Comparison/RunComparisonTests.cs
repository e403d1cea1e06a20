using AgentGateway.Conformance.Comparison;
using AgentGateway.Conformance.Results;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Comparison;

/// <summary>Each check classification and each kind of drift, on runs the suite made against the reference gateway.</summary>
[TestFixture]
public sealed class RunComparisonTests
{
    private const string TypeCheck = "SchemaConformanceTests.Every_agent_state_info_field_has_its_table_5_type";

    private ComparedRuns _runs = null!;

    [OneTimeSetUp]
    public async Task MakeTheRunsAsync() => _runs = await ComparedRuns.GetAsync();

    [Test]
    public void A_check_that_passed_and_fails_after_is_a_regression()
    {
        var comparison = ComparedRuns.Compare(_runs.Conformant, _runs.Faulty);

        Change(comparison, TypeCheck).Should().Be(CheckChange.Regression);
        comparison.Checks.Where(c => c.RequirementIds.Contains("SYNC-AUTH-007") && c.After.SequenceEqual([CheckStatus.Warn]))
            .Should().NotBeEmpty().And.OnlyContain(c => c.Change == CheckChange.Regression, "PASS to WARN is a regression");
        comparison.HasRegressions.Should().BeTrue();
        comparison.Warnings.Should().BeEmpty("both runs have the same suite, catalogue, profile, edition and areas");
    }

    [Test]
    public void A_check_that_failed_and_passes_after_is_a_fix_and_no_regression()
    {
        var comparison = ComparedRuns.Compare(_runs.Faulty, _runs.Conformant);

        Change(comparison, TypeCheck).Should().Be(CheckChange.Fix);
        comparison.Counts[CheckChange.Fix].Should().Be(_runs.Faulty.Checks.Count(c => c.Status is CheckStatus.Fail or CheckStatus.Warn));
        comparison.HasRegressions.Should().BeFalse();
    }

    [Test]
    public void Checks_only_one_run_made_are_added_or_removed_and_the_different_areas_are_warned_of()
    {
        var removed = ComparedRuns.Compare(_runs.Conformant, _runs.ExampleTypes);
        var added = ComparedRuns.Compare(_runs.ExampleTypes, _runs.Conformant);

        var header = _runs.Conformant.Checks.Count(c => c.Area == "HeaderEnforcement");
        header.Should().BePositive();
        removed.Checks.Where(c => c.Area == "HeaderEnforcement").Should().HaveCount(header).And.OnlyContain(c => c.Change == CheckChange.Removed);
        added.Checks.Where(c => c.Area == "HeaderEnforcement").Should().HaveCount(header).And.OnlyContain(c => c.Change == CheckChange.Added);
        removed.Checks.Where(c => c.Area == "SchemaConformance").Should().OnlyContain(c => c.Change == CheckChange.Unchanged);
        removed.HasRegressions.Should().BeFalse();
        removed.Warnings.Should().ContainSingle().Which.Should().StartWith("Different areas (--only)");
    }

    [Test]
    public void A_field_whose_type_changed_drifts_in_type_even_where_both_runs_pass()
    {
        var comparison = ComparedRuns.Compare(_runs.Conformant, _runs.ExampleTypes);

        comparison.Before.Verdict.Should().Be(Verdict.Conformant);
        comparison.After.Verdict.Should().Be(Verdict.Conformant);
        var drift = comparison.Drift.Should().ContainSingle(d => d.Path == "$.result.agentStateInfo.agentStateBeginTime").Subject;
        drift.Aspect.Should().Be(DriftAspect.Type);
        (drift.Before, drift.After).Should().Be(("string", "number"));
        drift.Kinds.Should().Contain(k => k.StartsWith("sync while idle · POST onlineagent/{agentid}/syncagentinfo · HTTP 200", StringComparison.Ordinal));
    }

    [Test]
    public void Timestamps_and_ids_that_differ_between_runs_are_no_drift()
    {
        var comparison = ComparedRuns.Compare(_runs.Conformant, _runs.ExampleTypes);

        // published-example-types changes exactly these; currentTime, loginTime, workNo and the like differ from run to run.
        string[] changed = ["agentStateBeginTime", "callinfo", "beginHoldTime", "secondTalkingTime", "beginTalkingTime"];
        comparison.Drift.Should().NotBeEmpty().And.OnlyContain(d => changed.Any(c => d.Path.EndsWith("." + c, StringComparison.Ordinal)));
        ComparedRuns.Compare(_runs.Conformant, _runs.Conformant).Drift.Should().BeEmpty();
    }

    [Test]
    public void A_field_of_another_type_after_a_fault_drifts_in_type()
    {
        var drift = ComparedRuns.Compare(_runs.Conformant, _runs.Faulty).Drift
            .Should().ContainSingle(d => d.Path == "$.result.agentStateInfo.preBusy").Subject;

        (drift.Aspect, drift.Before, drift.After).Should().Be((DriftAspect.Type, "boolean", "string"));
    }

    [Test]
    public void A_different_retcode_for_the_same_refusal_drifts_in_its_value_set()
    {
        var drift = ComparedRuns.Compare(_runs.Conformant, _runs.Faulty).Drift
            .Should().ContainSingle(d => d.Path == "$.retcode").Subject;

        (drift.Aspect, drift.Before, drift.After).Should().Be((DriftAspect.Values, "\"000-003\"", "\"100-099\""));
        drift.Kinds.Should().Contain(k => k.StartsWith("sync without a Guid header · POST", StringComparison.Ordinal));
    }

    [Test]
    public void A_new_extra_field_drifts_in_presence()
    {
        var drift = ComparedRuns.Compare(_runs.Conformant, _runs.Faulty).Drift
            .Should().ContainSingle(d => d.Path == "$.result.agentStateInfo.vdnId").Subject;

        drift.Aspect.Should().Be(DriftAspect.Presence);
        drift.Before.Should().Be("absent");
        drift.After.Should().Be("in every response");
        drift.Kinds.Should().Contain(k => k.StartsWith("sync while idle · POST", StringComparison.Ordinal));
    }

    [Test]
    public void Latency_that_grew_beyond_the_ratio_and_the_floor_is_flagged()
    {
        // The durations are edited: every sync of the run after takes ten times as long plus 300 ms.
        var slower = ComparedRuns.Edited(_runs.Conformant,
            e => ExchangeKinds.Category(e) == ExchangeKinds.Sync ? e with { LatencyMilliseconds = (e.LatencyMilliseconds * 10) + 300 } : e);

        var latency = ComparedRuns.Compare(_runs.Conformant, slower).Latency;

        latency.Should().ContainSingle(l => l.Grew).Which.Category.Should().Be(ExchangeKinds.Sync);
        latency.Select(l => l.Category).Should().Contain([ExchangeKinds.SignIn, ExchangeKinds.Sync, ExchangeKinds.Poll, ExchangeKinds.StateChange]);
    }

    [Test]
    public void Latency_that_grew_many_times_on_fast_exchanges_but_stays_under_the_floor_is_not_flagged()
    {
        // The durations are edited: every sync of the run after takes 40 ms longer, many times as long as a fast sync.
        var slower = ComparedRuns.Edited(_runs.Conformant,
            e => ExchangeKinds.Category(e) == ExchangeKinds.Sync ? e with { LatencyMilliseconds = e.LatencyMilliseconds + 40 } : e);
        var fast = ComparedRuns.Compare(_runs.Conformant, _runs.Conformant).Latency.Single(l => l.Category == ExchangeKinds.Sync);
        fast.Before!.MedianMilliseconds.Should().BeLessThan(40, "the embedded gateway answers a sync in a few milliseconds");

        ComparedRuns.Compare(_runs.Conformant, slower).Latency.Should().NotContain(l => l.Grew);
        ComparedRuns.Compare(_runs.Conformant, slower, new LatencyThresholds { FloorMilliseconds = 0 }).Latency
            .Should().Contain(l => l.Grew && l.Category == ExchangeKinds.Sync, "without a floor the ratio alone decides");
    }

    [Test]
    public void A_check_flaky_across_the_rounds_before_is_no_regression()
    {
        var comparison = RunComparison.Of(
            ComparedRuns.Side("before", _runs.Conformant, _runs.Faulty), ComparedRuns.Side("after", _runs.Faulty), new LatencyThresholds());

        Change(comparison, TypeCheck).Should().Be(CheckChange.Flaky);
        comparison.Checks.Single(c => c.Key == TypeCheck).Before.Should().Equal(CheckStatus.Pass, CheckStatus.Fail);
        comparison.HasRegressions.Should().BeFalse();
        comparison.Before.Rounds.Should().Be(2);
    }

    [Test]
    public void Another_profile_or_edition_is_warned_of_as_unfair()
    {
        var strict = _runs.Conformant with { Profile = "strict", Edition = "2025", SuiteVersion = "9.9.9" };

        var warnings = ComparedRuns.Compare(_runs.Conformant, strict).Warnings;

        warnings.Should().HaveCount(3);
        warnings.Should().Contain(w => w.StartsWith("Different profile: compatible before, strict after", StringComparison.Ordinal));
        warnings.Should().Contain(w => w.StartsWith("Different edition: default before, 2025 after", StringComparison.Ordinal));
        warnings.Should().Contain(w => w.StartsWith("Different suite version", StringComparison.Ordinal));
    }

    [TestCase(CheckStatus.Pass, CheckStatus.Fail, CheckChange.Regression)]
    [TestCase(CheckStatus.Pass, CheckStatus.Warn, CheckChange.Regression)]
    [TestCase(CheckStatus.Pass, CheckStatus.Error, CheckChange.Regression)]
    [TestCase(CheckStatus.Warn, CheckStatus.Fail, CheckChange.Regression)]
    [TestCase(CheckStatus.Fail, CheckStatus.Pass, CheckChange.Fix)]
    [TestCase(CheckStatus.Fail, CheckStatus.Warn, CheckChange.Fix)]
    [TestCase(CheckStatus.Error, CheckStatus.Pass, CheckChange.Fix)]
    [TestCase(CheckStatus.Fail, CheckStatus.Fail, CheckChange.StillFailing)]
    [TestCase(CheckStatus.Fail, CheckStatus.Error, CheckChange.StillFailing)]
    [TestCase(CheckStatus.Warn, CheckStatus.Error, CheckChange.StillFailing)]
    [TestCase(CheckStatus.Pass, CheckStatus.Pass, CheckChange.Unchanged)]
    [TestCase(CheckStatus.Skip, CheckStatus.Skip, CheckChange.Unchanged)]
    [TestCase(CheckStatus.Pass, CheckStatus.Skip, CheckChange.Changed)]
    [TestCase(CheckStatus.Skip, CheckStatus.Fail, CheckChange.Changed)]
    public void Statuses_before_and_after_make_their_change(CheckStatus before, CheckStatus after, CheckChange change) =>
        CheckChanges.Of(before, after).Should().Be(change);

    private static CheckChange Change(RunComparison comparison, string key) => comparison.Checks.Single(c => c.Key == key).Change;
}
