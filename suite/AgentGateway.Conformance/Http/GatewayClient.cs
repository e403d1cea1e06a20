using System.Net.Http.Headers;
using System.Text;

namespace AgentGateway.Conformance.Http;

/// <summary>
/// Sends requests to the gateway over a real socket and records each exchange, redacted, in the check's log.
/// One instance per check; the <see cref="HttpClient"/> underneath is shared by the whole run.
/// </summary>
public sealed class GatewayClient
{
    private const int MaxRecordedBody = 64 * 1024;

    private readonly HttpClient _http;
    private readonly Uri _baseUri;
    private readonly TimeSpan _defaultTimeout;
    private readonly TimeProvider _time;

    public GatewayClient(HttpClient http, Uri baseUri, TimeSpan defaultTimeout, ExchangeLog log, Redactor redactor, TimeProvider time)
    {
        _http = http;
        _baseUri = baseUri;
        _defaultTimeout = defaultTimeout;
        _time = time;
        Log = log;
        Redactor = redactor;
    }

    public ExchangeLog Log { get; }
    public Redactor Redactor { get; }

    /// <summary>The absolute URL of a path below the target's base URL, exactly as it will be sent.</summary>
    public Uri UrlOf(string path) =>
        new(_baseUri.AbsoluteUri + path.TrimStart('/'), new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });

    public async Task<GatewayResponse> SendAsync(GatewayRequest request, CancellationToken cancellationToken = default)
    {
        using var message = BuildMessage(request);
        var budget = request.Timeout ?? _defaultTimeout;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(budget);
        var started = _time.GetTimestamp();
        int? status = null;
        var headers = new List<HeaderLine>();
        var body = "";
        string? error = null;
        var timedOut = false;
        try
        {
            using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            status = (int)response.StatusCode;
            headers.AddRange(Lines(response.Headers));
            headers.AddRange(Lines(response.Content.Headers));
            body = await response.Content.ReadAsStringAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            timedOut = true;
            error = $"no answer within the suite's budget of {budget.TotalSeconds:0.###} s";
        }
        catch (HttpRequestException e)
        {
            error = Describe(e);
        }

        var latency = _time.GetElapsedTime(started);
        if (headers.FirstOrDefault(h => h.Name.Equals("Set-GUID", StringComparison.OrdinalIgnoreCase)) is { } issued)
        {
            Redactor.RegisterIssued(GuidHeader.Parse(issued.Value));
        }

        var exchange = Record(request, message, status, headers, body, error, latency);
        return new GatewayResponse(exchange, status, headers, body, error) { TimedOut = timedOut };
    }

    private HttpRequestMessage BuildMessage(GatewayRequest request)
    {
        var message = new HttpRequestMessage(request.Method, UrlOf(request.Path));
        if (request.Body is not null || request.ContentType is not null)
        {
            message.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(request.Body ?? ""));
            if (request.ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
            }
        }

        foreach (var header in request.Headers)
        {
            if (!message.Headers.TryAddWithoutValidation(header.Name, header.Value))
            {
                message.Content ??= new ByteArrayContent([]);
                message.Content.Headers.TryAddWithoutValidation(header.Name, header.Value);
            }
        }

        return message;
    }

    private Exchange Record(
        GatewayRequest request, HttpRequestMessage message, int? status, List<HeaderLine> headers, string body, string? error, TimeSpan latency)
    {
        var sent = Lines(message.Headers).Concat(message.Content is null ? [] : Lines(message.Content.Headers));
        var exchange = new Exchange
        {
            Purpose = request.Purpose,
            Method = request.Method.Method,
            Url = Redactor.Redact(message.RequestUri!.OriginalString),
            RequestHeaders = [.. sent.Select(Redact)],
            RequestBody = request.Body is null ? null : Redactor.Redact(request.Body),
            Status = status,
            ResponseHeaders = [.. headers.Select(Redact)],
            ResponseBody = status is null ? null : Redactor.Redact(Truncate(body)),
            LatencyMilliseconds = Math.Round(latency.TotalMilliseconds, 1),
            TransportError = error,
        };
        Log.Add(exchange);
        return exchange;
    }

    private HeaderLine Redact(HeaderLine line) => line with { Value = Redactor.Redact(line.Value) };

    private static IEnumerable<HeaderLine> Lines(HttpHeaders headers) =>
        headers.NonValidated.SelectMany(h => h.Value.Select(v => new HeaderLine(h.Key, v)));

    private static string Truncate(string body) =>
        body.Length <= MaxRecordedBody ? body : body[..MaxRecordedBody] + $"… ({body.Length - MaxRecordedBody} more characters)";

    private static string Describe(HttpRequestException e)
    {
        var inner = e.InnerException is { } cause ? $": {cause.GetType().Name}: {cause.Message}" : "";
        return $"{e.HttpRequestError}: {e.Message}{inner}";
    }
}
