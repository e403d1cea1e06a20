using System.Net.Http.Headers;
using System.Text;
using AgentGateway.Conformance.Harness;

namespace AgentGateway.Conformance.Http;

/// <summary>
/// Sends requests to the gateway over a real socket and records each exchange, redacted, in the check's log.
/// One instance per check; the connection pool, trust, caps and the target's health underneath are shared by the run.
/// </summary>
public sealed class GatewayClient
{
    private const int MaxRecordedBody = 64 * 1024;

    private readonly GatewayChannel _channel;
    private readonly TimeProvider _time;

    internal GatewayClient(GatewayChannel channel, ExchangeLog log)
    {
        _channel = channel;
        _time = channel.Time;
        Log = log;
    }

    public ExchangeLog Log { get; }
    public Redactor Redactor => _channel.Redactor;

    /// <summary>The run's RestSharp client of the documented calls; its handler sends through this client's path.</summary>
    internal RestSharp.RestClient Rest => _channel.Rest;

    /// <summary>
    /// Sees every request and its recorded response before <see cref="SendAsync"/> returns it; the harness judges the
    /// transport here, and may end the check by throwing.
    /// </summary>
    internal Action<GatewayRequest, GatewayResponse>? Inspect { get; set; }

    /// <summary>
    /// The run's interruption while a check runs (<see cref="RunContext.Interruption"/>): once signalled, a request is no
    /// longer sent and one under way is abandoned, both with <see cref="RunInterruptedException"/>. The harness sets it
    /// back to none for a check's teardown, whose releases and sign-outs must still go out.
    /// </summary>
    internal CancellationToken Interruption { get; set; }

    /// <summary>
    /// The absolute URL of a path below the target's base URL, exactly as it will be sent. An absolute http(s) URL
    /// (a Location the gateway sent, say) stays as it is, and is sent only if it has the target's origin.
    /// </summary>
    public Uri UrlOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var exact = new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true };
        var absolute = path.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || path.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        return absolute
            ? new Uri(path, exact)
            : new Uri(_channel.BaseUri.AbsoluteUri + path.TrimStart('/'), exact);
    }

    /// <summary>
    /// Sends the request and records it. Never throws for anything the gateway does: a failure is a response with its
    /// <see cref="GatewayResponse.Outcome"/>. Throws <see cref="TargetUnresponsiveException"/> (the check ends as SKIP)
    /// instead of sending once the gateway has stopped answering, <see cref="RunInterruptedException"/> (SKIP as well)
    /// once the run is interrupted, and <see cref="SuiteException"/> for a URL of another origin.
    /// </summary>
    public async Task<GatewayResponse> SendAsync(GatewayRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var url = UrlOf(request.Path);
        _channel.EnsureSameOrigin(url, request.Method);
        var budget = request.Timeout ?? _channel.RequestTimeout;
        if (_channel.Health.StoppedAnswering)
        {
            using var unsent = BuildMessage(request, url);
            var reason = _channel.Health.Reason;
            var notSent = TransportResult.Failed(TransportOutcome.NotSent, $"not sent: {reason}");
            var exchange = Record(request, url, Lines(unsent), notSent, TimeSpan.Zero);
            throw new TargetUnresponsiveException($"{exchange.Method} {exchange.Url} was not sent: {reason}.");
        }

        var interruption = Interruption;
        if (interruption.IsCancellationRequested)
        {
            using var unsent = BuildMessage(request, url);
            var notSent = TransportResult.Failed(TransportOutcome.Interrupted, "not sent: the run was interrupted");
            Record(request, url, Lines(unsent), notSent, TimeSpan.Zero);
            throw new RunInterruptedException();
        }

        var started = _time.GetTimestamp();
        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, interruption);
        IReadOnlyList<HeaderLine> sent = [];
        TransportResult result;
        try
        {
            if (request.OversizedBody)
            {
                var body = Encoding.UTF8.GetBytes(request.Body ?? "");
                var headers = request.ContentType is null
                    ? request.Headers
                    : [.. request.Headers, new("Content-Type", request.ContentType)];
                sent = StreamingUpload.HeadLines(url, headers, body.Length);
                result = await StreamingUpload.SendAsync(_channel, request.Method.Method, url, sent, body, budget, abandon.Token);
            }
            else
            {
                using var message = BuildMessage(request, url);
                // Read again once sent, with what the transport added; read now for an exchange the run abandons.
                sent = Lines(message);
                result = await PooledTransport.SendAsync(_channel, message, budget, abandon.Token);
                sent = Lines(message);
            }
        }
        catch (OperationCanceledException) when (interruption.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            var abandoned = TransportResult.Failed(
                TransportOutcome.Interrupted, "abandoned: the run was interrupted while it was under way");
            Record(request, url, sent, abandoned, _time.GetElapsedTime(started));
            throw new RunInterruptedException();
        }

        var latency = _time.GetElapsedTime(started);
        if (result.Headers.FirstOrDefault(h => h.Name.Equals("Set-GUID", StringComparison.OrdinalIgnoreCase)) is { } issued)
        {
            Redactor.RegisterIssued(GuidHeader.Parse(issued.Value));
        }

        var recorded = Record(request, url, sent, result, latency);
        if (result.Outcome.IsTimeout() && !request.OversizedBody)
        {
            _channel.Health.RecordTimeout($"{recorded.Method} {recorded.Url}");
        }

        var response = new GatewayResponse(recorded, result);
        Inspect?.Invoke(request, response);
        return response;
    }

    private static HttpRequestMessage BuildMessage(GatewayRequest request, Uri url)
    {
        var message = new HttpRequestMessage(request.Method, url);
        if (request.Body is not null || request.ContentType is not null)
        {
            message.Content = PooledTransport.Content(Encoding.UTF8.GetBytes(request.Body ?? ""));
            if (request.ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
            }
        }

        foreach (var header in request.Headers)
        {
            if (!message.Headers.TryAddWithoutValidation(header.Name, header.Value))
            {
                message.Content ??= PooledTransport.Content([]);
                message.Content.Headers.TryAddWithoutValidation(header.Name, header.Value);
            }
        }

        return message;
    }

    private Exchange Record(GatewayRequest request, Uri url, IReadOnlyList<HeaderLine> sent, TransportResult result, TimeSpan latency)
    {
        var exchange = new Exchange
        {
            Purpose = request.Purpose,
            Method = request.Method.Method,
            Url = Redactor.Redact(url.OriginalString),
            RequestHeaders = [.. sent.Select(Redact)],
            RequestBody = request.Body is null ? null : Redactor.Redact(request.Body),
            Status = result.Status,
            Outcome = result.Outcome,
            OversizedBody = request.OversizedBody,
            RequestCutOff = result.RequestCutOff,
            ResponseHeaders = [.. result.Headers.Select(Redact)],
            ResponseBody = result.Status is null ? null : Redactor.Redact(Truncate(result.Body)),
            LatencyMilliseconds = Math.Round(latency.TotalMilliseconds, 1),
            TransportError = result.Error is null ? null : Redactor.Redact(result.Error),
        };
        Log.Add(exchange);
        return exchange;
    }

    private HeaderLine Redact(HeaderLine line) => line with { Value = Redactor.Redact(line.Value) };

    private static List<HeaderLine> Lines(HttpRequestMessage message) =>
        [.. Lines(message.Headers), .. message.Content is null ? [] : Lines(message.Content.Headers)];

    private static IEnumerable<HeaderLine> Lines(HttpHeaders headers) =>
        headers.NonValidated.SelectMany(h => h.Value.Select(v => new HeaderLine(h.Key, v)));

    private static string Truncate(string body) =>
        body.Length <= MaxRecordedBody ? body : body[..MaxRecordedBody] + $"… ({body.Length - MaxRecordedBody} more characters)";
}
