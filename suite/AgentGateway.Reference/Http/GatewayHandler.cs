using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Faults;
using AgentGateway.Reference.Hostile;
using AgentGateway.Reference.Variations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace AgentGateway.Reference.Http;

/// <summary>
/// The whole gateway as one request delegate: routes, agent-ID check and a guard that turns any unexpected
/// exception into a JSON business error, so that no input yields a 5xx. A hostile mode, when one is on, answers POST
/// syncagentinfo before all of that; the request variations and the fault hooks come in where the answers differ. The
/// control endpoint, when on, answers its one path outside the prefix. It runs in Kestrel or on a bare
/// <see cref="HttpContext"/> in tests.
/// </summary>
internal sealed partial class GatewayHandler : IDisposable
{
    public const string Prefix = "/agentgateway/resource/";

    private readonly CancellationTokenSource _stopping = new();
    private readonly GatewayServices _services;
    private readonly RouteTable _routes;
    private readonly RequestVariations _variations;
    private readonly ControlEndpoint? _control;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    // Draws each answer's latency from a range; seeded, so that a run's waits come out the same in the same order.
    private readonly Random _latencies = new(0);
    private readonly Lock _latencyGate = new();

    public GatewayHandler(GatewaySettings settings, TimeProvider time, ILogger logger)
    {
        Registry = new AgentRegistry(settings, time);
        _services = new GatewayServices(settings, Registry, new GuidAuthenticator(settings, Registry, time), time, _stopping.Token);
        _routes = GatewayRoutes.Build(_services);
        _variations = new RequestVariations(settings);
        _control = settings.ControlEndpoint ? new ControlEndpoint(_services) : null;
        Hostile = HostileResponder.For(settings, time, _stopping.Token);
        _logger = logger;
        _time = time;
    }

    public AgentRegistry Registry { get; }

    public GatewaySettings Settings => _services.Settings;

    private ActiveFaults Faults => Settings.Faults;

    /// <summary>The responder of the hostile mode; null when none is on.</summary>
    public HostileResponder? Hostile { get; }

    public async Task HandleAsync(HttpContext context)
    {
        try
        {
            var path = RawPath(context);
            var segments = Segments(path);
            var match = segments is null ? default : _routes.Match(context.Request.Method, segments);
            if (Hostile is not null && HostileResponder.Takes(context, match.Route))
            {
                await Hostile.AnswerAsync(context).ConfigureAwait(false);
                return;
            }

            if (_variations.ClosesAtOnce(context, match.Route))
            {
                context.Abort();
                return;
            }

            var response = _control is not null && string.Equals(path, ControlEndpoint.InboundPath, StringComparison.Ordinal)
                ? await _control.AnswerAsync(context).ConfigureAwait(false)
                : await DispatchAsync(context, segments, match).ConfigureAwait(false);
            await WaitLatencyAsync(context.RequestAborted).ConfigureAwait(false);
            await _variations.Answer(context, match.Route, response).WriteAsync(context.Response).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
        catch (Exception exception) when (!context.Response.HasStarted)
        {
            LogUnexpected(_logger, exception);
            context.Response.Clear();
            await GatewayAnswer.Failure(Retcodes.OperationFailed).WriteAsync(context.Response).ConfigureAwait(false);
        }
    }

    /// <summary>Waits the latency of one answer (<see cref="ReferenceGatewayOptions.Latency"/>) on the gateway's clock.</summary>
    private Task WaitLatencyAsync(CancellationToken aborted)
    {
        if (!Settings.Latency.Any)
        {
            return Task.CompletedTask;
        }

        TimeSpan wait;
        lock (_latencyGate)
        {
            wait = Settings.Latency.Draw(_latencies);
        }

        return Task.Delay(wait, _time, aborted);
    }

    /// <summary>Releases every open poll, so that the server can stop without waiting for them.</summary>
    public void Stop() => _stopping.Cancel();

    public void Dispose()
    {
        Registry.Dispose();
        _stopping.Dispose();
    }

    private async ValueTask<GatewayAnswer> DispatchAsync(
        HttpContext context, string[]? segments, (Route? Route, Dictionary<string, string>? Values, IReadOnlyList<string> Allowed) match)
    {
        if (segments is null)
        {
            return GatewayAnswer.NoSuchInterface();
        }

        if (_variations.NotFound(match.Values ?? _routes.Bind(segments)) is { } notFound)
        {
            return notFound;
        }

        var (route, values, allowed) = match;
        if (route is null)
        {
            if (allowed.Count == 0)
            {
                return GatewayAnswer.NoSuchInterface();
            }

            var unsupported = _variations.UnsupportedMethod(context.Request.Method)
                ?? GatewayAnswer.Failure(Retcodes.InvalidParameter, StatusCodes.Status405MethodNotAllowed,
                        $"The method {context.Request.Method} is not supported here; use {string.Join(", ", allowed)}.")
                    .WithHeader("Allow", string.Join(", ", allowed));
            return Faults.AnswerUnsupportedMethod(unsupported);
        }

        values!["agentid"] = Faults.ReadAgentId(route, values["agentid"]);
        var agentId = values["agentid"];
        if (!AgentIdRules.IsValid(agentId, Settings))
        {
            var invalid = Faults.AnswerInvalidAgentId(
                agentId, GatewayAnswer.Failure(Retcodes.InvalidParameter, message: "The agent ID is invalid."));
            return route.IsSync ? Faults.ShapeSyncFailure(invalid) : invalid;
        }

        return await route.Endpoint(new RoutedRequest(context, values)).ConfigureAwait(false);
    }

    /// <summary>The raw path segments after the prefix, percent-encoding kept; null when the prefix is missing.</summary>
    private static string[]? Segments(string path) =>
        path.StartsWith(Prefix, StringComparison.Ordinal) ? path[Prefix.Length..].Split('/') : null;

    /// <summary>The raw path of the request target, percent-encoding kept, without its query.</summary>
    private static string RawPath(HttpContext context)
    {
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(raw))
        {
            raw = context.Request.PathBase.ToUriComponent() + context.Request.Path.ToUriComponent();
        }
        else if (!raw.StartsWith('/'))
        {
            raw = Uri.TryCreate(raw, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : "";
        }

        var end = raw.IndexOfAny(['?', '#']);
        return end < 0 ? raw : raw[..end];
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected failure answered as 100-007")]
    private static partial void LogUnexpected(ILogger logger, Exception exception);
}
