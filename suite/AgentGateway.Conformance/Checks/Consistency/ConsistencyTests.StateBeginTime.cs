using AgentGateway.Conformance.Harness;
using AgentGateway.Conformance.Http;
using AgentGateway.Conformance.Requirements;
using NUnit.Framework;

namespace AgentGateway.Conformance.Checks.Consistency;

public sealed partial class ConsistencyTests
{
    private const string BeginTimePath = "$.result.agentStateInfo.agentStateBeginTime";

    /// <summary>Long enough that a gateway keeping its timestamps in seconds still shows a later state, or a later stamp.</summary>
    private static readonly TimeSpan StampGap = TimeSpan.FromMilliseconds(1100);

    [Test]
    [Requirement(Req.Consistency.Cons009)]
    public async Task Moves_the_state_begin_time_to_the_last_state_change()
    {
        var agent = await SignInAsync();
        var before = StateBeginTime(await SuccessfulSyncAsync(agent, "sync before the state change"));
        await Task.Delay(StampGap, Time, Interruption);
        var asked = Time.GetUtcNow();
        await agent.SayBusyAsync(NextMarkerReason());
        var confirmed = Time.GetUtcNow();
        var after = StateBeginTime(await SuccessfulSyncAsync(agent, "sync after the agent became busy"));

        var skew = Settings.ClockSkew;
        var at = DateTimeOffset.FromUnixTimeMilliseconds(after);
        Should(
            Req.Consistency.Cons009,
            after > before && at >= asked - skew && at <= confirmed + skew,
            $"agentStateBeginTime later than {Stamp(before)} (before the change), and within {skew.TotalMinutes:0.##} min of the change "
            + $"({asked:O} .. {confirmed:O})",
            $"agentStateBeginTime {Stamp(after)}",
            BeginTimePath);
    }

    [Test]
    [Requirement(Req.Consistency.Cons010)]
    public async Task Keeps_the_state_begin_time_while_the_state_does_not_change()
    {
        var agent = await SignInAsync();
        await agent.SayBusyAsync(NextMarkerReason());
        var first = StateBeginTime(await SuccessfulSyncAsync(agent, "sync while busy"));
        await Task.Delay(StampGap, Time, Interruption);
        var second = StateBeginTime(await SuccessfulSyncAsync(agent, $"sync {StampGap.TotalSeconds:0.#} s later, the agent still busy"));

        Should(
            Req.Consistency.Cons010,
            second == first,
            $"agentStateBeginTime {Stamp(first)} again: the state has not changed since the first sync",
            $"agentStateBeginTime {Stamp(second)}",
            BeginTimePath);
    }

    /// <summary>The agentStateBeginTime of a sync; a value that is no timestamp leaves the check undecided.</summary>
    private static long StateBeginTime(GatewayResponse response) =>
        Milliseconds(response.AgentStateInfo!["agentStateBeginTime"])
        ?? throw new UndecidableException(
            $"agentStateBeginTime is {Raw(response, "agentStateBeginTime")} in the {response.Exchange.Purpose}, not a timestamp; "
            + "its type is judged by the SchemaConformance checks.");

    private static string Stamp(long milliseconds) => $"{milliseconds} ({DateTimeOffset.FromUnixTimeMilliseconds(milliseconds):O})";
}
