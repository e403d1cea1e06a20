using System.Text;
using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace AgentGateway.Reference.Tests.Support;

/// <summary>The gateway's request delegate on a fake clock, driven with bare HttpContexts: no socket, no real waits.</summary>
internal sealed class InMemoryGateway : IDisposable
{
    public const string DocumentedBody = """{"password":"","phonenum":"40038","status":"4","releasephone":"false","agenttype":"4"}""";

    internal InMemoryGateway(ReferenceGatewayOptions options)
    {
        Options = options;
        Handler = new GatewayHandler(new GatewaySettings(options), Time, NullLogger.Instance);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero));

    public ReferenceGatewayOptions Options { get; }

    internal GatewayHandler Handler { get; }

    public static InMemoryGateway Create(Action<ReferenceGatewayOptions>? configure = null)
    {
        var options = new ReferenceGatewayOptions();
        configure?.Invoke(options);
        return new InMemoryGateway(options);
    }

    public static InMemoryGateway WithFaults(params GatewayFault[] faults) => Create(o => o.Faults = faults.ToHashSet());

    /// <summary>Starts a request; it completes at once unless it is a poll that waits on the fake clock.</summary>
    public async Task<Reply> SendAsync(string method, string path, string? guid = null, string? body = null,
        string guidHeader = "Guid", string? contentType = "application/json; charset=UTF-8", Stream? bodyStream = null)
    {
        var context = new DefaultHttpContext();
        var target = path.StartsWith('/') ? path : GatewayHandler.Prefix + path;
        context.Features.Get<IHttpRequestFeature>()!.RawTarget = target;
        context.Request.Method = method;
        var query = target.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            context.Request.QueryString = new QueryString(target[query..]);
        }

        if (guid is not null)
        {
            context.Request.Headers[guidHeader] = guid;
        }

        if (contentType is not null)
        {
            context.Request.ContentType = contentType;
        }

        if (bodyStream is not null)
        {
            context.Request.Body = bodyStream;
        }
        else if (body is not null)
        {
            var bytes = Encoding.UTF8.GetBytes(body);
            context.Request.Body = new MemoryStream(bytes);
            context.Request.ContentLength = bytes.Length;
        }

        var responseBody = new MemoryStream();
        context.Response.Body = responseBody;
        await Handler.HandleAsync(context);
        var headers = context.Response.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        return new Reply(context.Response.StatusCode, context.Response.ContentType ?? "", Encoding.UTF8.GetString(responseBody.ToArray()), headers);
    }

    public Task<Reply> SignInRawAsync(string agentId, string body = DocumentedBody, bool force = false) =>
        SendAsync("PUT", $"onlineagent/{agentId}{(force ? "/forcelogin" : "")}", body: body);

    /// <summary>Signs the agent in and returns its Guid.</summary>
    public async Task<string> SignInAsync(string agentId = "41001", int status = 4)
    {
        var reply = await SignInRawAsync(agentId, DocumentedBody.Replace("\"status\":\"4\"", $"\"status\":\"{status}\"", StringComparison.Ordinal));
        reply.IsSuccess.Should().BeTrue(reply.Body);
        return reply.SetGuid!;
    }

    public Task<Reply> SyncAsync(string agentId, string? guid, string method = "POST", string guidHeader = "Guid") =>
        SendAsync(method, $"onlineagent/{agentId}/syncagentinfo", guid, guidHeader: guidHeader);

    public Task<Reply> ActAsync(string agentId, string? guid, string action, string method = "POST") =>
        SendAsync(method, $"onlineagent/{agentId}/{action}", guid);

    /// <summary>Starts a poll without moving the clock: it stays open until an event arrives or the clock passes the wait.</summary>
    public Task<Reply> BeginPollAsync(string agentId, string? guid) => SendAsync("GET", $"agentevent/{agentId}", guid);

    /// <summary>A poll, with the fake clock moved past the long-poll wait if it has to wait.</summary>
    public async Task<Reply> PollAsync(string agentId, string? guid, string guidHeader = "Guid")
    {
        var poll = SendAsync("GET", $"agentevent/{agentId}", guid, guidHeader: guidHeader);
        if (!poll.IsCompleted)
        {
            Time.Advance(Options.LongPollWait);
        }

        return await poll.WaitAsync(TimeSpan.FromSeconds(10));
    }

    /// <summary>The event types queued for the agent's live session (empty when signed out).</summary>
    internal IReadOnlyList<string> Queued(string agentId) =>
        Session(agentId)?.Events.Snapshot().Select(e => e.EventType).ToList() ?? [];

    internal SignedInAgent? Session(string agentId)
    {
        var slot = Handler.Registry.Slot(agentId);
        lock (slot.Gate)
        {
            return slot.Session;
        }
    }

    public void Dispose() => Handler.Dispose();
}
