using System.Globalization;
using System.Text.Json.Nodes;
using AgentGateway.Conformance.Agents;
using AgentGateway.Conformance.Harness;
using AgentGateway.Conformance.Http;
using AgentGateway.Conformance.Requirements;
using NUnit.Framework;

namespace AgentGateway.Conformance.Checks.Consistency;

[TestFixture]
public sealed partial class ConsistencyTests : ConformanceTest
{
    private const int Idle = 1;
    private const int WrapUp = 2;
    private const int Rest = 3;
    private const int Busy = 4;
    private const string LastState = Req.Consistency.Cons007;

    [Test]
    [Requirement(Req.Consistency.Cons001)]
    public async Task Reports_the_agent_of_the_path_as_work_number()
    {
        var agent = await SignInAsync();
        var response = await SuccessfulSyncAsync(agent);
        var workNo = response.AgentStateInfo!["workNo"];
        Must(
            Req.Consistency.Cons001,
            workNo?.ToString() == agent.Id,
            $"workNo \"{agent.Id}\"",
            Raw(response, "workNo"),
            "$.result.agentStateInfo.workNo");
    }

    [Test]
    [Requirement(Req.Consistency.Cons002)]
    public async Task Reports_the_current_time_within_the_clock_skew()
    {
        var agent = await SignInAsync();
        var before = Time.GetUtcNow();
        var response = await SuccessfulSyncAsync(agent);
        var after = Time.GetUtcNow();
        var skew = Settings.ClockSkew;
        var reported = Milliseconds(response.AgentStateInfo!["currentTime"]);
        var window = $"{before - skew:O} .. {after + skew:O}";
        Must(
            Req.Consistency.Cons002,
            reported is { } ms && DateTimeOffset.FromUnixTimeMilliseconds(ms) is var at && at >= before - skew && at <= after + skew,
            $"currentTime within {skew.TotalMinutes:0.##} min of the suite's clock ({window})",
            reported is { } value ? $"{value} ({DateTimeOffset.FromUnixTimeMilliseconds(value):O})" : Raw(response, "currentTime"),
            "$.result.agentStateInfo.currentTime");
    }

    [Test]
    [Requirement(Req.Consistency.Cons004, LastState)]
    public async Task Reports_busy_after_the_agent_becomes_busy()
    {
        var agent = await SignInAsync();
        await agent.SayBusyAsync(NextMarkerReason());
        JudgeState(await SuccessfulSyncAsync(agent, "sync after busy"), Req.Consistency.Cons004, Busy, "busy", Idle);
    }

    [Test]
    [Requirement(Req.Consistency.Cons003, LastState)]
    public async Task Reports_idle_after_the_agent_becomes_idle()
    {
        var agent = await SignInAsync();
        await agent.SayBusyAsync(NextMarkerReason());
        await agent.SayFreeAsync(AgentEvent.CancelNotReadySuccess);
        JudgeState(await SuccessfulSyncAsync(agent, "sync after busy then idle"), Req.Consistency.Cons003, Idle, "idle", Busy);
    }

    [Test]
    [Requirement(Req.Consistency.Cons005, LastState)]
    public async Task Reports_rest_after_the_agent_goes_to_rest()
    {
        var agent = await SignInAsync();
        await agent.RestAsync(600, 0);
        var response = await SuccessfulSyncAsync(agent, "sync after rest");
        var state = IntField(response, "state");
        var preRest = response.AgentStateInfo!["preRest"] is JsonValue v && v.TryGetValue<bool>(out var flag) && flag;
        Must(
            Req.Consistency.Cons005,
            state == Rest || preRest,
            "state 3 (rest), or preRest true while the rest is pending",
            $"state {Raw(response, "state")}, preRest {Raw(response, "preRest")}",
            "$.result.agentStateInfo.state");
        if (state == Rest)
        {
            JudgeLastState(response, Idle, "idle");
        }
    }

    [Test]
    [Requirement(Req.Consistency.Cons006, LastState)]
    public async Task Reports_wrap_up_after_the_agent_enters_wrap_up()
    {
        var agent = await SignInAsync();
        await agent.WorkAsync();
        JudgeState(await SuccessfulSyncAsync(agent, "sync after wrap-up"), Req.Consistency.Cons006, WrapUp, "wrap-up", Idle);
    }

    [Test]
    [Requirement(Req.Consistency.Cons008)]
    public async Task Reports_a_state_begin_time_not_after_the_current_time()
    {
        var agent = await SignInAsync();
        await agent.SayBusyAsync(NextMarkerReason());
        var response = await SuccessfulSyncAsync(agent);
        var begin = Milliseconds(response.AgentStateInfo!["agentStateBeginTime"]);
        var now = Milliseconds(response.AgentStateInfo!["currentTime"]);
        if (begin is null || now is null)
        {
            Skip("agentStateBeginTime or currentTime is empty or not a timestamp; their types are judged by the SchemaConformance checks");
        }

        Should(
            Req.Consistency.Cons008,
            begin <= now,
            "agentStateBeginTime not after currentTime",
            $"agentStateBeginTime {begin}, currentTime {now}",
            "$.result.agentStateInfo.agentStateBeginTime");
    }

    private void JudgeState(GatewayResponse response, string requirementId, int expected, string name, int previous)
    {
        Must(requirementId, IntField(response, "state") == expected, $"state {expected} ({name})", $"state {Raw(response, "state")}",
            "$.result.agentStateInfo.state");
        JudgeLastState(response, previous, previous == Idle ? "idle" : "busy");
    }

    private void JudgeLastState(GatewayResponse response, int previous, string name) =>
        Must(LastState, IntField(response, "lastState") == previous, $"lastState {previous} ({name}, the state the agent left)",
            $"lastState {Raw(response, "lastState")}", "$.result.agentStateInfo.lastState");

    /// <summary>A millisecond timestamp given as a string of digits or an integer; null for "", null or anything else.</summary>
    private static long? Milliseconds(JsonNode? node) => node is JsonValue value
        && (value.TryGetValue<long>(out var number)
            || (value.TryGetValue<string>(out var text) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number)))
        ? number
        : null;
}
