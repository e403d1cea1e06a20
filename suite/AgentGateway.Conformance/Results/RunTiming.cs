using System.Globalization;

namespace AgentGateway.Conformance.Results;

/// <summary>
/// How well a run used its agents: its wall time beside the floor that its own checks set, the larger of all agent
/// time spread over every agent and the longest single check. Agent time counts each check's duration once for every
/// agent it held (a call holds two), since no other check could use those agents meanwhile. A run cannot end before its
/// floor; the closer it ends, the less its checks waited on each other.
/// </summary>
public sealed record RunTiming(TimeSpan Wall, TimeSpan AgentTime, int Agents, TimeSpan Longest)
{
    /// <summary>The earliest the run could have ended with its checks taking as long as they did.</summary>
    public TimeSpan Floor => Agents == 0 ? Longest : TimeSpan.FromTicks(Math.Max(AgentTime.Ticks / Agents, Longest.Ticks));

    /// <summary>Wall time over the floor: 1 is a run whose agents never waited.</summary>
    public double OverFloor => Floor > TimeSpan.Zero ? Wall / Floor : 1;

    /// <summary>The timing of <paramref name="run"/>, whose agents are those of its target.</summary>
    public static RunTiming Of(RunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var durations = run.Checks.Select(c => TimeSpan.FromMilliseconds(c.DurationMilliseconds)).ToList();
        return new RunTiming(
            run.Finished - run.Started,
            run.Checks.Aggregate(TimeSpan.Zero, (sum, c) => sum + (TimeSpan.FromMilliseconds(c.DurationMilliseconds) * Math.Max(1, c.Agents.Count))),
            run.Target?.Agents.Count ?? 0,
            durations.DefaultIfEmpty(TimeSpan.Zero).Max());
    }

    /// <summary>One line for the console: "wall 25.4 s; floor 22.1 s (agent time 176.6 s over 8 agents, longest check 5.7 s): 1.15 x the floor".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"wall {Wall.TotalSeconds:0.0} s; floor {Floor.TotalSeconds:0.0} s (agent time {AgentTime.TotalSeconds:0.0} s over {Agents} agents, "
        + $"longest check {Longest.TotalSeconds:0.0} s): {OverFloor:0.00} x the floor");
}
