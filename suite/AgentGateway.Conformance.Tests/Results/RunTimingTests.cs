using AgentGateway.Conformance.Requirements;
using AgentGateway.Conformance.Results;
using AgentGateway.Conformance.Target;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Results;

[TestFixture]
public sealed class RunTimingTests
{
    private static RunResult Run(double wallSeconds, int agents, params double[] checkSeconds) => Run(wallSeconds, agents, 1, checkSeconds);

    private static RunResult Run(double wallSeconds, int agents, int agentsPerCheck, params double[] checkSeconds) => new RunResult
    {
        SuiteVersion = "test",
        RequirementSetVersion = "test",
        Started = DateTimeOffset.UnixEpoch,
        Finished = DateTimeOffset.UnixEpoch.AddSeconds(wallSeconds),
        Profile = "compatible",
        Edition = "default",
        Seed = 1,
        Target = new TargetFingerprint
        {
            BaseUrl = "https://gateway:8043/", Embedded = false, TlsTrust = "system", TlsVerificationDisabled = false,
            Agents = [.. Enumerable.Range(1, agents).Select(i => $"{1000 + i}")],
        },
        Checks = [.. checkSeconds.Select((s, i) => new CheckResult
        {
            Area = "Queue", Fixture = "F", Name = $"c{i}", RequirementIds = [], Status = CheckStatus.Pass, DurationMilliseconds = s * 1000,
            Agents = [.. Enumerable.Range(1, agentsPerCheck).Select(a => $"{1000 + a}")],
        })],
    }.Summarised(RequirementCatalogue.Load());

    [Test]
    public void The_floor_is_the_agent_time_spread_over_every_agent()
    {
        var timing = RunTiming.Of(Run(46, 6, [.. Enumerable.Repeat(6.0, 17)]));

        timing.Floor.Should().Be(TimeSpan.FromSeconds(17));
        timing.OverFloor.Should().BeApproximately(46.0 / 17, 1e-9);
        timing.ToString().Should().Be("wall 46.0 s; floor 17.0 s (agent time 102.0 s over 6 agents, longest check 6.0 s): 2.71 x the floor");
    }

    [Test]
    public void A_check_that_holds_two_agents_counts_its_time_twice()
    {
        var timing = RunTiming.Of(Run(30, 8, 2, [.. Enumerable.Repeat(4.0, 30)]));

        timing.AgentTime.Should().Be(TimeSpan.FromSeconds(240));
        timing.Floor.Should().Be(TimeSpan.FromSeconds(30));
    }

    [Test]
    public void The_floor_is_the_longest_check_when_that_is_longer()
    {
        var timing = RunTiming.Of(Run(10, 8, 8.7, 1, 1, 1));

        timing.Floor.Should().Be(TimeSpan.FromSeconds(8.7));
        timing.Longest.Should().Be(TimeSpan.FromSeconds(8.7));
    }
}
