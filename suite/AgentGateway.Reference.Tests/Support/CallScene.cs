using System.Text.Json;
using System.Text.Json.Nodes;

namespace AgentGateway.Reference.Tests.Support;

/// <summary>An event as a poll delivered it: its type and its content (an object, a callid string, or null).</summary>
internal sealed record Polled(string Type, JsonNode? Content)
{
    /// <summary>The callid the event carries: its content when that is a string, else its content's callid.</summary>
    public string? CallId => Content switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonObject content => content["callid"]?.GetValue<string>(),
        _ => null,
    };

    public string Field(string name) => Content![name]!.GetValue<string>();
}

/// <summary>
/// Agents in calls on an in-memory gateway on a fake clock, with the requests of the call interfaces. The gateway runs
/// AUTHMODE 1 with a long session timeout, so that a test can move the clock past ring timeouts and wrap-ups.
/// </summary>
internal sealed class CallScene : IDisposable
{
    public const string A = "41001";
    public const string B = "41002";

    private readonly Dictionary<string, string> _guids = [];

    private CallScene(InMemoryGateway gateway) => Gateway = gateway;

    public InMemoryGateway Gateway { get; }

    public DateTimeOffset Now => Gateway.Time.GetUtcNow();

    public string NowMilliseconds => Now.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static CallScene Create(Action<ReferenceGatewayOptions>? configure = null) =>
        new(InMemoryGateway.Create(options =>
        {
            options.AuthMode = 1;
            options.SessionTimeout = TimeSpan.FromHours(1);
            configure?.Invoke(options);
        }));

    /// <summary>Agents A and B signed in idle; B answers by hand unless <paramref name="calleeAutoAnswer"/>.</summary>
    public static async Task<CallScene> TwoAgentsAsync(
        bool calleeAutoAnswer = false, bool calleeEntersIdle = true, Action<ReferenceGatewayOptions>? configure = null)
    {
        var scene = Create(configure);
        await scene.SignInAsync(A);
        await scene.SignInAsync(B, autoAnswer: calleeAutoAnswer, autoEnterIdle: calleeEntersIdle);
        return scene;
    }

    public string Guid(string agentId) => _guids[agentId];

    /// <summary>Signs the agent in idle with these call preferences and drops its sign-in events.</summary>
    public async Task SignInAsync(string agentId, bool autoAnswer = true, bool autoEnterIdle = true, bool releasePhone = false)
    {
        var body = new JsonObject
        {
            ["password"] = "",
            ["phonenum"] = "40038",
            ["status"] = "4",
            ["autoanswer"] = autoAnswer,
            ["autoenteridle"] = autoEnterIdle,
            ["releasephone"] = releasePhone,
            ["agenttype"] = "4",
        };
        var reply = await Gateway.SignInRawAsync(agentId, body.ToJsonString());
        reply.IsSuccess.Should().BeTrue(reply.Body);
        _guids[agentId] = reply.SetGuid!;
        await EventsAsync(agentId);
    }

    public Task<Reply> CallInnerAsync(string from, string to) => CallInnerRawAsync(from, $$"""{"called":"{{to}}"}""");

    public Task<Reply> CallInnerRawAsync(string from, string body) => Send("PUT", from, "callinner", body);

    public Task<Reply> CallOutAsync(string from, string number) => CallOutRawAsync(from, $$"""{"called":"{{number}}"}""");

    public Task<Reply> CallOutRawAsync(string from, string body) => Send("PUT", from, "callout", body);

    public Task<Reply> AnswerAsync(string agentId, string? callId = null) =>
        Send("PUT", agentId, callId is null ? "answer" : $"answer?callid={callId}");

    public Task<Reply> HoldAsync(string agentId) => Send("POST", agentId, "hold");

    public Task<Reply> UnholdAsync(string agentId, string? callId = null) =>
        Send("POST", agentId, callId is null ? "gethold" : $"gethold?callid={callId}");

    public Task<Reply> ReleaseAsync(string agentId) => Send("DELETE", agentId, "release");

    public Task<Reply> InboundAsync(string agentId, string caller) =>
        Gateway.SendAsync("POST", "/reference/calls/inbound", body: $$"""{"agentId":"{{agentId}}","caller":"{{caller}}"}""");

    /// <summary>Places a call with <paramref name="place"/>, checks that it succeeded, and returns its callid.</summary>
    public static async Task<string> CallIdOf(Task<Reply> place)
    {
        var reply = await place;
        reply.IsSuccess.Should().BeTrue(reply.Body);
        return reply.Json!["result"]!.GetValue<string>();
    }

    /// <summary>Every event queued for the agent, polled in order; each poll answers at once, so the clock stays put.</summary>
    public async Task<IReadOnlyList<Polled>> EventsAsync(string agentId)
    {
        var events = new List<Polled>();
        while (Gateway.Queued(agentId).Count > 0)
        {
            var reply = await Gateway.BeginPollAsync(agentId, Guid(agentId)).WaitAsync(TimeSpan.FromSeconds(10));
            var polled = reply.Json!["event"]!;
            events.Add(new Polled(polled["eventType"]!.GetValue<string>(), polled["content"]?.DeepClone()));
        }

        return events;
    }

    public async Task<IReadOnlyList<string>> EventTypesAsync(string agentId) =>
        (await EventsAsync(agentId)).Select(e => e.Type).ToList();

    public Task<Reply> SyncAsync(string agentId) => Gateway.SyncAsync(agentId, Guid(agentId));

    /// <summary>The agentStateInfo of a successful sync.</summary>
    public async Task<JsonObject> InfoAsync(string agentId)
    {
        var reply = await SyncAsync(agentId);
        reply.IsSuccess.Should().BeTrue(reply.Body);
        return reply.StateInfo!;
    }

    public void Advance(TimeSpan by) => Gateway.Time.Advance(by);

    public void Dispose() => Gateway.Dispose();

    private Task<Reply> Send(string method, string agentId, string action, string? body = null) =>
        Gateway.SendAsync(method, $"voicecall/{agentId}/{action}", _guids.GetValueOrDefault(agentId), body);
}
