using System.Text.Json.Nodes;
using AgentGateway.Conformance.Configuration;
using AgentGateway.Conformance.Harness;
using AgentGateway.Conformance.Http;

namespace AgentGateway.Conformance.Agents;

/// <summary>
/// A signed-in agent. Every request it sends carries its current Guid, and it adopts the Guid of any
/// <c>Set-GUID</c> header it is answered with, so static (AUTHMODE 1) and rotating (AUTHMODE 2) gateways both work.
/// Its documented calls go through <see cref="AgentGatewayApi"/>; <see cref="SendAsync"/> sends any other request raw.
/// </summary>
public sealed class AgentSession
{
    private readonly GatewayClient _client;
    private readonly AgentGatewayApi _api;
    private readonly SuiteSettings _settings;
    private readonly Action? _rotated;
    private int _generation;

    private AgentSession(GatewayClient client, SuiteSettings settings, AgentCredentials credentials, string guid, Action? rotated)
    {
        _client = client;
        _api = new AgentGatewayApi(client);
        _settings = settings;
        _rotated = rotated;
        Credentials = credentials;
        CurrentGuid = guid;
        _generation = 1;
    }

    public AgentCredentials Credentials { get; }
    public string Id => Credentials.Id;

    /// <summary>The Guid the gateway issued last; sent as the <c>Guid</c> header.</summary>
    public string CurrentGuid { get; private set; }

    public bool SignedOut { get; private set; }

    /// <summary>How many times the gateway handed out a Guid to this session (1 after sign-in).</summary>
    public int GuidGeneration => _generation;

    /// <summary>The documented sign-in request body for an agent.</summary>
    public static string SignInBody(AgentCredentials agent) => new JsonObject
    {
        ["password"] = agent.Password,
        ["phonenum"] = agent.PhoneNumber,
        ["status"] = "4",
        ["releasephone"] = "false",
        ["agenttype"] = "4",
    }.ToJsonString();

    /// <summary>
    /// Signs the agent in; a sign-in refused because the agent is still signed in elsewhere is retried as forced sign-in.
    /// <paramref name="rotated"/> is told of every Guid the gateway hands out after the sign-in's.
    /// </summary>
    public static async Task<AgentSession> SignInAsync(GatewayClient client, SuiteSettings settings, AgentCredentials agent, Action? rotated = null)
    {
        var api = new AgentGatewayApi(client);
        var response = await api.SignInAsync(agent, $"sign in (agent {agent.Id})");
        if (response.Retcode == "100-002")
        {
            response = await api.ForceLoginAsync(agent, $"forced sign-in: the agent was still signed in (agent {agent.Id})");
        }

        if (!response.IsDocumentedSuccess || response.IssuedGuid is not { Length: > 0 } guid)
        {
            throw new UndecidableException(
                $"Could not sign agent {agent.Id} in ({response.Summary}, message {response.Message ?? "absent"}, "
                + $"Set-GUID {(response.Header("Set-GUID") is null ? "absent" : "present")}): the check needs a signed-in agent.");
        }

        return new AgentSession(client, settings, agent, guid, rotated);
    }

    /// <summary>
    /// Sends a request on this agent's behalf with its current Guid, exactly as given, adopting any new Guid it is
    /// given: for requests that are not documented calls, such as a documented path with another method.
    /// </summary>
    public Task<GatewayResponse> SendAsync(HttpMethod method, string path, string purpose, TimeSpan? timeout = null) =>
        AdoptAsync(_client.SendAsync(new GatewayRequest(method, path, purpose) { Timeout = timeout }.WithHeader("Guid", CurrentGuid)));

    public Task<GatewayResponse> SyncAsync(string purpose = "sync") => AdoptAsync(_api.SyncAsync(Id, CurrentGuid, purpose));

    /// <summary>Reads the agent's state through <c>agentstatus</c>.</summary>
    public Task<GatewayResponse> ReadStatusAsync(string purpose = "read the agent's state (agentstatus)") =>
        AdoptAsync(_api.AgentStatusAsync(Id, CurrentGuid, purpose));

    /// <summary>Asks for busy with a reason code; the answer as it came, whatever it says.</summary>
    public Task<GatewayResponse> AskBusyAsync(int reason, string purpose) =>
        AdoptAsync(_api.SayBusyAsync(Id, CurrentGuid, reason, purpose));

    /// <summary>Asks for idle; the answer as it came, whatever it says.</summary>
    public Task<GatewayResponse> AskFreeAsync(string purpose) => AdoptAsync(_api.SayFreeAsync(Id, CurrentGuid, purpose));

    /// <summary>Calls agent <paramref name="called"/>; the answer as it came, its result the callid on success.</summary>
    public Task<GatewayResponse> CallInnerAsync(string called, string purpose) => AdoptAsync(_api.CallInnerAsync(Id, CurrentGuid, called, purpose));

    /// <summary>Calls the number <paramref name="called"/>; the answer as it came, its result the callid on success.</summary>
    public Task<GatewayResponse> CallOutAsync(string called, string purpose) => AdoptAsync(_api.CallOutAsync(Id, CurrentGuid, called, purpose));

    /// <summary>Answers the call ringing at the agent; the answer as it came, whatever it says.</summary>
    public Task<GatewayResponse> AnswerAsync(string purpose) => AdoptAsync(_api.AnswerAsync(Id, CurrentGuid, purpose));

    public Task<GatewayResponse> HoldAsync(string purpose = "hold the call") => AdoptAsync(_api.HoldAsync(Id, CurrentGuid, purpose));

    public Task<GatewayResponse> UnholdAsync(string callId, string purpose = "take the held call back") =>
        AdoptAsync(_api.UnholdAsync(Id, CurrentGuid, callId, purpose));

    public Task<GatewayResponse> ReleaseAsync(string purpose = "release the call") => AdoptAsync(_api.ReleaseAsync(Id, CurrentGuid, purpose));

    /// <summary>Sets how the agent takes calls: answering by itself or by hand, and idle or wrap-up after a call.</summary>
    public async Task PrepareForCallsAsync(bool autoAnswer)
    {
        await EnsureAsync(_api.AutoAnswerAsync(Id, CurrentGuid, autoAnswer, "answer calls " + (autoAnswer ? "by itself" : "by hand")),
            autoAnswer ? "answer calls by itself" : "answer calls by hand");
        await EnsureAsync(_api.AutoEnterIdleAsync(Id, CurrentGuid, true, "go idle after a call"), "go idle after a call");
    }

    /// <summary>One poll, within the long-poll budget.</summary>
    public async Task<PollResult> PollAsync(string purpose = "poll")
    {
        var response = await AdoptAsync(_api.PollAsync(Id, CurrentGuid, purpose, _settings.LongPollBudget));
        if (response.TimedOut)
        {
            // A gateway that stops answering is not the suite's error; the poll's own timeout is in the evidence.
            throw new UndecidableException(
                $"A poll of agent {Id} got no complete answer within the long-poll budget of "
                + $"{_settings.LongPollBudget.TotalSeconds:0.###} s ({response.Summary}): the check needs the poll's answer. A gateway that "
                + "holds an empty poll longer than that needs a larger --long-poll-budget.");
        }

        return new PollResult(response, AgentEvent.From(response.Json));
    }

    /// <summary>
    /// Polls until an event matching <paramref name="awaited"/> arrives, or a poll comes back empty or failed.
    /// On a conformant gateway the awaited event is already queued, so no poll waits.
    /// </summary>
    public async Task<PollOutcome> PollForAsync(Func<AgentEvent, bool> awaited, string what, int maxEvents = 50)
    {
        var before = new List<AgentEvent>();
        while (true)
        {
            var poll = await PollAsync($"poll for {what}");
            if (!poll.Succeeded || poll.Event is null || before.Count >= maxEvents)
            {
                return new PollOutcome(before, null, poll);
            }

            if (awaited(poll.Event))
            {
                return new PollOutcome(before, poll.Event, poll);
            }

            before.Add(poll.Event);
        }
    }

    /// <summary>
    /// Polls until an event matching <paramref name="stop"/> arrives and returns every event seen, the stopping one last.
    /// An empty poll or a failed poll before that is a precondition failure: the event the suite itself caused never came.
    /// </summary>
    public async Task<IReadOnlyList<AgentEvent>> PollUntilAsync(Func<AgentEvent, bool> stop, string awaited, int maxEvents = 50)
    {
        var seen = new List<AgentEvent>();
        while (seen.Count < maxEvents)
        {
            var poll = await PollAsync($"poll for {awaited}");
            if (!poll.Succeeded || poll.Event is null)
            {
                throw new UndecidableException(
                    $"Waited for {awaited} on agent {Id}, but the poll returned {(poll.Succeeded ? "no event" : poll.Response.Summary)} "
                    + $"after {seen.Count} other event(s): {string.Join(", ", seen)}.");
            }

            seen.Add(poll.Event);
            if (stop(poll.Event))
            {
                return seen;
            }
        }

        throw new UndecidableException($"Waited for {awaited} on agent {Id} through {maxEvents} events without seeing it.");
    }

    /// <summary>Makes the agent busy with a reason code and waits until the gateway confirms it with its event.</summary>
    public Task<IReadOnlyList<AgentEvent>> SayBusyAsync(int reason)
    {
        var what = $"busy with reason {reason}";
        return ChangeStateAsync(_api.SayBusyAsync(Id, CurrentGuid, reason, what), what, e => e.IsBusyMarker(reason));
    }

    public Task<IReadOnlyList<AgentEvent>> SayFreeAsync(string confirmingEvent) =>
        ChangeStateAsync(_api.SayFreeAsync(Id, CurrentGuid, "idle"), "idle", e => e.EventType == confirmingEvent);

    public Task<IReadOnlyList<AgentEvent>> RestAsync(int seconds, int cause) =>
        ChangeStateAsync(_api.RestAsync(Id, CurrentGuid, seconds, cause, "rest"), "rest", e => e.EventType == AgentEvent.SetRestSuccess);

    public Task<IReadOnlyList<AgentEvent>> CancelRestAsync() =>
        ChangeStateAsync(
            _api.CancelRestAsync(Id, CurrentGuid, "end of rest"),
            "end of rest",
            e => e.EventType is AgentEvent.CancelRestSuccess or AgentEvent.Ready);

    public Task<IReadOnlyList<AgentEvent>> WorkAsync() =>
        ChangeStateAsync(
            _api.WorkAsync(Id, CurrentGuid, "wrap-up"), "wrap-up", e => e.EventType is AgentEvent.SetWorkSuccess or AgentEvent.Work);

    /// <summary>Asks for busy without waiting for its event: the event stays queued, as a marker.</summary>
    public Task QueueBusyMarkerAsync(int reason)
    {
        var what = $"busy with reason {reason}";
        return EnsureAsync(_api.SayBusyAsync(Id, CurrentGuid, reason, what), what);
    }

    /// <summary>Asks for idle without waiting for its event.</summary>
    public Task QueueFreeAsync() => EnsureAsync(_api.SayFreeAsync(Id, CurrentGuid, "idle"), "idle");

    public async Task SignOutAsync()
    {
        if (!SignedOut)
        {
            SignedOut = true;
            await AdoptAsync(_api.SignOutAsync(Id, CurrentGuid, "sign out"));
        }
    }

    /// <summary>Adopts the Guid of a <c>Set-GUID</c> header the answer carries, when it is a new one.</summary>
    private async Task<GatewayResponse> AdoptAsync(Task<GatewayResponse> sending)
    {
        var response = await sending;
        if (response.IssuedGuid is { Length: > 0 } issued && issued != CurrentGuid)
        {
            _generation++;
            CurrentGuid = issued;
            _rotated?.Invoke();
        }

        return response;
    }

    /// <summary>A state change the check needs: its refusal makes the check undecidable.</summary>
    private async Task EnsureAsync(Task<GatewayResponse> change, string what)
    {
        var response = await AdoptAsync(change);
        if (!response.IsDocumentedSuccess)
        {
            throw new UndecidableException($"The gateway refused to set agent {Id} to {what} ({response.Summary}): the check needs it.");
        }
    }

    private async Task<IReadOnlyList<AgentEvent>> ChangeStateAsync(
        Task<GatewayResponse> change, string what, Func<AgentEvent, bool> confirmed)
    {
        await EnsureAsync(change, what);
        return await PollUntilAsync(confirmed, $"the event confirming {what}");
    }
}
