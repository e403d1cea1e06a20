using AgentGateway.Conformance.Cli;
using AgentGateway.Conformance.Results;
using AgentGateway.Conformance.Tests.Support;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Harness;

/// <summary>
/// Checks, not fixtures, are scheduled on the agent pool: a whole run against the embedded gateway (eight agents, each
/// answer 20 ms late so that checks last long enough to meet) is CONFORMANT, checks of one fixture ran at the same time,
/// and no two checks that ran at the same time held the same agent.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class CheckSchedulingTests
{
    private SuiteProcess.Outcome _run = null!;

    [OneTimeSetUp]
    public async Task RunTheSuite() => _run = await SuiteProcess.RunAsync(["--latency", "20ms"]);

    private IReadOnlyList<CheckResult> Ran => [.. _run.Results.Checks.Where(c => c.Started is not null && c.Agents.Count > 0)];

    private static (DateTimeOffset From, DateTimeOffset To) Span(CheckResult check) =>
        (check.Started!.Value, check.Started!.Value.AddMilliseconds(check.DurationMilliseconds));

    private static bool Overlap(CheckResult a, CheckResult b) => Span(a).From < Span(b).To && Span(b).From < Span(a).To;

    [Test]
    public void The_run_is_conformant_and_every_check_that_ran_names_its_agents()
    {
        _run.ExitCode.Should().Be(ExitCodes.Conformant, _run.Output);
        Ran.Should().HaveCountGreaterThan(80);
        Ran.Where(c => c.Fixture == "QueueClearingTests").Should().OnlyContain(c => c.Agents.Count == 2);
    }

    [Test]
    public void Checks_of_one_fixture_run_side_by_side()
    {
        var fixtures = Ran.GroupBy(c => c.Fixture).Where(g => g.Any(a => g.Any(b => a != b && Overlap(a, b)))).Select(g => g.Key);

        fixtures.Should().NotBeEmpty("each check leases its own agents, so the checks of a fixture need not wait for each other");
    }

    [Test]
    public async Task With_parallel_1_no_two_checks_run_at_the_same_time()
    {
        var one = await SuiteProcess.RunAsync(["--only", "QueueClearing,Consistency", "--parallel", "1"]);

        one.ExitCode.Should().Be(ExitCodes.Conformant, one.Output);
        var ran = one.Results.Checks.Where(c => c.Started is not null && c.Agents.Count > 0).ToList();
        ran.Should().HaveCountGreaterThan(10);
        (from a in ran from b in ran where a != b && Overlap(a, b) select a.Name).Should().BeEmpty();
    }

    [Test]
    public void No_two_checks_hold_the_same_agent_at_the_same_time()
    {
        var clashes = (from a in Ran
                       from b in Ran
                       where string.CompareOrdinal(a.Key, b.Key) < 0
                       where a.Agents.Intersect(b.Agents).Any() && Overlap(a, b)
                       select $"{a.Key} and {b.Key}").ToList();

        clashes.Should().BeEmpty();
    }
}
