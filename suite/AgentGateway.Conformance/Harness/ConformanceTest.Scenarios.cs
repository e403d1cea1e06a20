using System.Text.Json.Nodes;
using AgentGateway.Conformance.Agents;
using AgentGateway.Conformance.Http;

namespace AgentGateway.Conformance.Harness;

/// <summary>The flows many checks share: refusals that must change nothing, successful syncs, state readings.</summary>
public abstract partial class ConformanceTest
{
    /// <summary>What a requirement counts as a refusal.</summary>
    protected enum Refusal
    {
        /// <summary>The call does not succeed.</summary>
        NotSucceeded,

        /// <summary>The call does not succeed and returns no agentStateInfo (the Guid rulings).</summary>
        WithoutState,

        /// <summary>The answer carries no agentStateInfo, whatever its status: HTTP lets HEAD and OPTIONS be answered 2xx.</summary>
        NoAgentState,
    }

    /// <summary>Agent status (Table 1 of the status page) of an agent that is busy.</summary>
    protected const int AgentStatusBusy = 3;

    /// <summary>
    /// Judges that a call did not succeed: HTTP 2xx with retcode zero (string or number) is success, any other answer a
    /// failure. Whether a failure carries agentStateInfo is judged apart (SYNC-RET-007, a SHOULD) except for Guid refusals.
    /// </summary>
    protected void MustNotSucceed(string requirementId, GatewayResponse response, string what) =>
        Must(requirementId, !Succeeded(response), $"{what} does not succeed", response.Summary);

    /// <summary>
    /// Judges a Guid refusal: no success in any form, and no agent state returned (the Guid rulings make both MUST).
    /// </summary>
    protected void MustBeRefusedWithoutState(string requirementId, GatewayResponse response, string what) =>
        Must(
            requirementId,
            !response.ReportsSuccess && response.AgentStateInfo is null,
            $"{what} does not succeed and returns no agentStateInfo",
            $"{response.Summary}{(response.AgentStateInfo is null ? "" : ", with agentStateInfo")}");

    /// <summary>
    /// Queues a recognisable event for each agent and makes it busy, gives the events their settle time, makes the call,
    /// and judges that the call was refused and that it changed neither queue nor state: each agent is still busy, and
    /// its event is still delivered. <paramref name="refusal"/> says what the requirement counts as a refusal. With
    /// <paramref name="mayBeAccepted"/> a successful call ends the judgement: only a refusal must change nothing.
    /// </summary>
    protected async Task<GatewayResponse> MustLeaveUntouchedAsync(
        string requirementId,
        IReadOnlyList<AgentSession> agents,
        Func<Task<GatewayResponse>> call,
        string what,
        Refusal refusal,
        bool mayBeAccepted = false)
    {
        var reasons = new List<int>();
        var reason = NextMarkerReason();
        foreach (var agent in agents)
        {
            await agent.QueueBusyMarkerAsync(reason);
            reasons.Add(reason);
            reason = NextMarkerReason(reason);
        }

        await SettleAsync(Settings.SettleTime);
        var response = await call();
        if (mayBeAccepted && response.ReportsSuccess)
        {
            return response;
        }

        switch (refusal)
        {
            case Refusal.WithoutState:
                MustBeRefusedWithoutState(requirementId, response, what);
                break;
            case Refusal.NoAgentState:
                Must(requirementId, response.AgentStateInfo is null, $"{what} returns no agentStateInfo",
                    $"{response.Summary}, with agentStateInfo");
                break;
            default:
                MustNotSucceed(requirementId, response, what);
                break;
        }

        for (var i = 0; i < agents.Count; i++)
        {
            await MustStillBeBusyWithMarkerAsync(requirementId, agents[i], reasons[i], what);
        }

        return response;
    }

    /// <summary>
    /// Waits for the events the suite just caused to reach the agent's queue: a real gateway may queue an event after it
    /// answered the call that caused it (ruling 'Event timing').
    /// </summary>
    protected async Task SettleAsync(TimeSpan settle)
    {
        if (settle > TimeSpan.Zero)
        {
            await Task.Delay(settle, Time, Interruption);
        }
    }

    /// <summary>HTTP 2xx with retcode zero, as a string or a number: the answer reports success.</summary>
    protected static bool Succeeded(GatewayResponse response) =>
        response.Status is >= 200 and < 300 && response.RetcodeNode is JsonValue v && v.ToJsonString() is "\"0\"" or "0";

    /// <summary>
    /// A sync that must succeed because the check is about something else; otherwise the check cannot go on. Success
    /// in any form counts here: the form of the retcode is judged by the retcode checks alone, so one deviation does
    /// not show up as errors all over the report.
    /// </summary>
    protected static async Task<GatewayResponse> SuccessfulSyncAsync(AgentSession agent, string purpose = "sync")
    {
        var response = await agent.SyncAsync(purpose);
        return response.ReportsSuccess && response.AgentStateInfo is not null
            ? response
            : throw new UndecidableException($"The check needs a successful sync of agent {agent.Id}, but got {response.Summary}.");
    }

    /// <summary>
    /// Signs the fixture's first agent in and syncs it in every state it reaches without a call, each sync a successful
    /// one: idle after sign-in, busy, idle again, resting, in wrap-up.
    /// </summary>
    protected async Task<IReadOnlyList<StateSync>> SyncsInEveryStateAsync()
    {
        var agent = await SignInAsync();
        var syncs = new List<StateSync> { new(StateWithoutCall.Idle, await SuccessfulSyncAsync(agent, "sync after sign-in")) };
        await agent.SayBusyAsync(NextMarkerReason());
        syncs.Add(new(StateWithoutCall.Busy, await SuccessfulSyncAsync(agent, "sync while busy")));
        await agent.SayFreeAsync(AgentEvent.CancelNotReadySuccess);
        syncs.Add(new(StateWithoutCall.Idle, await SuccessfulSyncAsync(agent, "sync idle again after busy")));
        await agent.RestAsync(600, 0);
        syncs.Add(new(StateWithoutCall.Rest, await SuccessfulSyncAsync(agent, "sync while resting")));
        await agent.CancelRestAsync();
        await agent.WorkAsync();
        syncs.Add(new(StateWithoutCall.WrapUp, await SuccessfulSyncAsync(agent, "sync in wrap-up")));
        return syncs;
    }

    /// <summary>The agent's state as <c>agentstatus</c> reports it (Table 1 of the status page).</summary>
    protected static async Task<int> AgentStatusAsync(AgentSession agent)
    {
        var response = await agent.ReadStatusAsync();
        return response.IsDocumentedSuccess && response.Json?["result"]?["agentState"] is JsonValue value && value.TryGetValue<int>(out var state)
            ? state
            : throw new UndecidableException($"agentstatus of agent {agent.Id} could not be read ({response.Summary}); the check reads state through it.");
    }

    /// <summary>An int field of agentStateInfo, or null when absent or not an integer.</summary>
    protected static int? IntField(GatewayResponse response, string field) =>
        response.AgentStateInfo?[field] is JsonValue value && value.TryGetValue<int>(out var number) ? number : null;

    /// <summary>The raw JSON of an agentStateInfo field, for messages.</summary>
    protected static string Raw(GatewayResponse response, string field) =>
        response.AgentStateInfo is { } info && info.ContainsKey(field) ? info[field]?.ToJsonString() ?? "null" : "absent";

    private async Task MustStillBeBusyWithMarkerAsync(string requirementId, AgentSession agent, int reason, string what)
    {
        var state = await AgentStatusAsync(agent);
        Must(requirementId, state == AgentStatusBusy, $"agent {agent.Id} still busy after {what} (agentstatus agentState 3)", $"agentState {state}");
        await agent.QueueFreeAsync();
        var outcome = await agent.PollForAsync(e => e.EventType == AgentEvent.CancelNotReadySuccess, "the event confirming idle");
        if (!outcome.Arrived)
        {
            throw new UndecidableException($"Agent {agent.Id} was set idle but its confirming event never came: {outcome.Describe()}.");
        }

        Must(
            requirementId,
            outcome.Before.Any(e => e.IsBusyMarker(reason)),
            $"the busy event (reason {reason}) queued for agent {agent.Id} before {what} is still delivered",
            $"polls delivered {outcome.Describe()}");
    }
}
