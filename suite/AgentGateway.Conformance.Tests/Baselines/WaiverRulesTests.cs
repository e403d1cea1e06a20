using AgentGateway.Conformance.Baselines;
using AgentGateway.Conformance.Cli;
using AgentGateway.Conformance.Requirements;
using AgentGateway.Conformance.Results;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Baselines;

/// <summary>What a baseline's waivers make of a run: waived, expired, stale, not judged, and the verdict that follows.</summary>
[TestFixture]
public sealed class WaiverRulesTests
{
    private static readonly DateTimeOffset Day = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);

    private static CheckResult Check(string name, CheckStatus status, params (string Id, RequirementLevel Level, bool Held)[] findings) => new()
    {
        Area = "Consistency",
        Fixture = "ConsistencyTests",
        Name = name,
        RequirementIds = [.. findings.Select(f => f.Id).Distinct()],
        Status = status,
        Findings = [.. findings.Select(f => new Finding(f.Id, f.Level, f.Held, "expected", "actual", null))],
    };

    private static readonly CheckResult WorkNoFails = Check("Reports_the_agent", CheckStatus.Fail, ("SYNC-CONS-001", RequirementLevel.Must, false));
    private static readonly CheckResult ClockPasses = Check("Reports_the_time", CheckStatus.Pass, ("SYNC-CONS-002", RequirementLevel.Must, true));
    private static readonly CheckResult OtherPasses = Check("Reports_the_state", CheckStatus.Pass, ("SYNC-CONS-003", RequirementLevel.Must, true));

    private static Waiver Live(string id) => new(id, "accepted until the vendor's fix", "ops", new DateOnly(2026, 12, 2), null);

    private static Waiver Expired(string id) => new(id, "accepted until the vendor's fix", "ops", new DateOnly(2026, 12, 1), null);

    private static RunResult Run(Baseline? baseline, params CheckResult[] checks) => new RunResult
    {
        SuiteVersion = "test",
        RequirementSetVersion = "test",
        Started = Day,
        Finished = Day,
        Profile = "compatible",
        Edition = "default",
        Seed = 1,
        Baseline = baseline,
        Checks = checks,
    }.Summarised(RequirementCatalogue.Load());

    private static Baseline With(params Waiver[] waivers) => new("/ci/baseline.json", waivers);

    [Test]
    public void A_live_waiver_of_the_failed_requirement_makes_the_run_conformant_with_waivers_and_keeps_the_fail()
    {
        var run = Run(With(Live("SYNC-CONS-001")), WorkNoFails, ClockPasses, OtherPasses);

        run.Summary.Verdict.Should().Be(Verdict.ConformantWithWaivers);
        run.Summary.Wording.Should().Be("CONFORMANT WITH WAIVERS");
        run.Summary.Count(CheckStatus.Fail).Should().Be(1, "the waived check stays a FAIL with its evidence");
        run.Summary.Failed.Should().Equal("SYNC-CONS-001");
        run.Summary.Waived.Should().Equal("ConsistencyTests.Reports_the_agent");
        run.Summary.Waivers.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new WaiverOutcome(Live("SYNC-CONS-001"), WaiverStatus.Waiving, ["ConsistencyTests.Reports_the_agent"]));
        run.Summary.Reasons[0].Should().StartWith("No FAIL outside the baseline's waivers");
        run.Summary.Reasons.Should().Contain(r => r.Contains("SYNC-CONS-001 (owner ops, until 2026-12-02): accepted until the vendor's fix"));
        ExitCodes.Of(run).Should().Be(ExitCodes.Conformant);
    }

    [Test]
    public void A_waiver_is_live_through_its_last_day_and_expired_the_day_after()
    {
        Live("SYNC-CONS-001").IsLiveOn(new DateOnly(2026, 12, 2)).Should().BeTrue();
        Live("SYNC-CONS-001").IsLiveOn(new DateOnly(2026, 12, 3)).Should().BeFalse();
    }

    [Test]
    public void An_expired_waiver_waives_nothing_and_says_that_it_expired()
    {
        var run = Run(With(Expired("SYNC-CONS-001")), WorkNoFails, ClockPasses, OtherPasses);

        run.Summary.Verdict.Should().Be(Verdict.NotConformant);
        run.Summary.Waived.Should().BeEmpty();
        run.Summary.Waivers.Single().Status.Should().Be(WaiverStatus.Expired);
        run.Summary.Waivers.Single().Checks.Should().Equal("ConsistencyTests.Reports_the_agent");
        run.Summary.Reasons.Should().Contain(r => r.StartsWith("Waiver of SYNC-CONS-001 (owner ops) expired on 2026-12-01", StringComparison.Ordinal)
            && r.Contains("fail the run again"));
        ExitCodes.Of(run).Should().Be(ExitCodes.NotConformant);
    }

    [Test]
    public void A_waiver_of_a_requirement_that_was_judged_and_held_is_stale_and_changes_nothing()
    {
        var run = Run(With(Live("SYNC-CONS-002")), ClockPasses, OtherPasses);

        run.Summary.Verdict.Should().Be(Verdict.Conformant);
        run.Summary.Waivers.Single().Status.Should().Be(WaiverStatus.Stale);
        run.Summary.Reasons.Should().Contain("Waiver of SYNC-CONS-002 is stale: it was judged and did not fail; remove it from the baseline");
    }

    [Test]
    public void A_waiver_of_what_the_run_did_not_judge_is_not_used_and_not_stale()
    {
        var run = Run(With(Live("SYNC-QUEUE-001"), Live("QueueTests.Clears_the_queue")), ClockPasses, OtherPasses);

        run.Summary.Waivers.Select(o => o.Status).Should().Equal(WaiverStatus.NotJudged, WaiverStatus.NotJudged);
        run.Summary.Verdict.Should().Be(Verdict.Conformant);
    }

    [Test]
    public void A_check_that_fails_a_requirement_no_waiver_names_still_fails_the_run()
    {
        var both = Check(
            "Reports_the_agent_and_the_time",
            CheckStatus.Fail,
            ("SYNC-CONS-001", RequirementLevel.Must, false),
            ("SYNC-CONS-002", RequirementLevel.Must, false));

        var run = Run(With(Live("SYNC-CONS-001")), both, OtherPasses);

        run.Summary.Verdict.Should().Be(Verdict.NotConformant);
        run.Summary.Waived.Should().BeEmpty();
        run.Summary.Reasons.Should().Contain(r => r.Contains("checks failed a MUST requirement: SYNC-CONS-001, SYNC-CONS-002"));
    }

    [Test]
    public void A_waiver_may_name_the_check_instead_of_its_requirement()
    {
        var run = Run(With(Live("ConsistencyTests.Reports_the_agent")), WorkNoFails, ClockPasses, OtherPasses);

        run.Summary.Verdict.Should().Be(Verdict.ConformantWithWaivers);
        run.Summary.Waived.Should().Equal("ConsistencyTests.Reports_the_agent");
    }

    [Test]
    public void Waivers_do_not_turn_an_incomplete_run_into_a_conformant_one()
    {
        var errored = Check("Reports_the_state", CheckStatus.Error);

        var run = Run(With(Live("SYNC-CONS-001")), WorkNoFails, ClockPasses, errored);

        run.Summary.Verdict.Should().Be(Verdict.Incomplete);
    }

    [Test]
    public void Without_a_baseline_nothing_is_waived()
    {
        var run = Run(null, WorkNoFails, ClockPasses, OtherPasses);

        run.Summary.Verdict.Should().Be(Verdict.NotConformant);
        run.Summary.Waivers.Should().BeEmpty();
        run.Summary.Waived.Should().BeEmpty();
    }
}
