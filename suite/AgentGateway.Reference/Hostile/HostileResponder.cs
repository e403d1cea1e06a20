using AgentGateway.Reference.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Route = AgentGateway.Reference.Http.Route;

namespace AgentGateway.Reference.Hostile;

/// <summary>
/// Answers every POST syncagentinfo in the configured hostile mode, before its agent ID, Content-Type or Guid is looked
/// at; every other request goes on to the gateway as usual. An answer that never ends stops when the client goes away
/// or the gateway stops, and then the connection is aborted, so that no half answer looks complete.
/// </summary>
internal sealed class HostileResponder
{
    private const long HugeAnswerBytes = 300L * 1024 * 1024;
    private const int DeepJsonDepth = 200_000;

    private static readonly byte[] Filler = Enumerable.Repeat((byte)'x', 64 * 1024).ToArray();
    private static readonly byte[] DripPrefix = "{\"message\":\""u8.ToArray();
    private static readonly byte[] InvalidUtf8Body =
        [.. "{\"message\":\"bad bytes: "u8, 0xFF, 0xFE, .. " and a NUL: "u8, 0x00, .. "\",\"retcode\":\"100-007\"}"u8];

    private readonly GatewayHostility _mode;
    private readonly GatewaySettings _settings;
    private readonly TimeProvider _time;
    private readonly CancellationToken _stopping;
    private int _redirects;
    private int _open;

    private HostileResponder(GatewayHostility mode, GatewaySettings settings, TimeProvider time, CancellationToken stopping)
    {
        _mode = mode;
        _settings = settings;
        _time = time;
        _stopping = stopping;
        NotHttp = mode == GatewayHostility.NotHttp ? new NotHttpConnections() : null;
    }

    /// <summary>With not-http: the connection middleware that lets an answer replace HTTP on its connection.</summary>
    public NotHttpConnections? NotHttp { get; }

    /// <summary>Hostile answers in progress.</summary>
    public int Open => Volatile.Read(ref _open);

    /// <summary>The responder of the configured hostile mode; null when there is none.</summary>
    public static HostileResponder? For(GatewaySettings settings, TimeProvider time, CancellationToken stopping) =>
        settings.Hostile is { } mode ? new HostileResponder(mode, settings, time, stopping) : null;

    /// <summary>Whether the request is a POST on syncagentinfo, which this responder answers instead of the gateway.</summary>
    public static bool Takes(HttpContext context, Route? route) =>
        route is { IsSync: true } && string.Equals(context.Request.Method, HttpMethods.Post, StringComparison.Ordinal);

    public async Task AnswerAsync(HttpContext context)
    {
        Interlocked.Increment(ref _open);
        using var gone = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping);
        try
        {
            await AnswerAsync(context, gone.Token).ConfigureAwait(false);
        }
        catch (Exception stopped) when (stopped is OperationCanceledException or IOException)
        {
            context.Abort();
        }
        finally
        {
            Interlocked.Decrement(ref _open);
        }
    }

    private Task AnswerAsync(HttpContext context, CancellationToken gone)
    {
        switch (_mode)
        {
            case GatewayHostility.Stall:
                return Task.Delay(Timeout.InfiniteTimeSpan, _time, gone);
            case GatewayHostility.Drip:
                return DripAsync(context.Response, gone);
            case GatewayHostility.HugeAnswer:
                return HugeAnswerAsync(context.Response, gone);
            case GatewayHostility.Reset:
                context.Abort();
                return Task.CompletedTask;
            case GatewayHostility.DeepJson:
                return WriteJsonAsync(context.Response, DeepJson(), gone);
            case GatewayHostility.Redirect:
                Redirect(context);
                return Task.CompletedTask;
            case GatewayHostility.InvalidUtf8:
                return WriteJsonAsync(context.Response, InvalidUtf8Body, gone);
            default:
                return NotHttp!.ReplaceAsync(context, gone);
        }
    }

    private async Task DripAsync(HttpResponse response, CancellationToken gone)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = GatewayAnswer.JsonContentType;
        await response.StartAsync(gone).ConfigureAwait(false);
        await response.Body.FlushAsync(gone).ConfigureAwait(false);
        for (var sent = 0; ; sent++)
        {
            await Task.Delay(_settings.DripInterval, _time, gone).ConfigureAwait(false);
            var next = sent < DripPrefix.Length ? DripPrefix[sent] : (byte)'x';
            await response.Body.WriteAsync(new[] { next }, gone).ConfigureAwait(false);
            await response.Body.FlushAsync(gone).ConfigureAwait(false);
        }
    }

    private static async Task HugeAnswerAsync(HttpResponse response, CancellationToken gone)
    {
        var head = "{\"message\":\""u8.ToArray();
        var tail = "\",\"retcode\":\"0\"}"u8.ToArray();
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = GatewayAnswer.JsonContentType;
        await response.Body.WriteAsync(head, gone).ConfigureAwait(false);
        for (var left = HugeAnswerBytes - head.Length - tail.Length; left > 0; left -= Filler.Length)
        {
            await response.Body.WriteAsync(Filler.AsMemory(0, (int)Math.Min(left, Filler.Length)), gone).ConfigureAwait(false);
        }

        await response.Body.WriteAsync(tail, gone).ConfigureAwait(false);
    }

    private static async Task WriteJsonAsync(HttpResponse response, byte[] body, CancellationToken gone)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = GatewayAnswer.JsonContentType;
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, gone).ConfigureAwait(false);
    }

    private static byte[] DeepJson()
    {
        var body = new byte[2 * DeepJsonDepth];
        body.AsSpan(0, DeepJsonDepth).Fill((byte)'[');
        body.AsSpan(DeepJsonDepth).Fill((byte)']');
        return body;
    }

    private void Redirect(HttpContext context)
    {
        var request = context.Request;
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        var pathAndQuery = raw is not null && raw.StartsWith('/')
            ? raw
            : request.PathBase.ToUriComponent() + request.Path.ToUriComponent() + request.QueryString.ToUriComponent();
        var second = Interlocked.Increment(ref _redirects) % 2 == 0;
        context.Response.StatusCode = second ? StatusCodes.Status302Found : StatusCodes.Status307TemporaryRedirect;
        context.Response.Headers.Location = _settings.RedirectTo!.AbsoluteUri.TrimEnd('/') + pathAndQuery;
        context.Response.ContentLength = 0;
    }
}
