using AgentGateway.Reference;

namespace AgentGateway.Conformance.Configuration;

/// <summary>
/// How the embedded reference gateway is started when no target is configured.
/// </summary>
public sealed record EmbeddedGatewaySettings
{
    /// <summary>
    /// The session timeout of the embedded gateway in a run that includes the slow checks: well above the longest pause
    /// any other check makes between two requests of an agent (three settle times), short enough that a slow check
    /// waits seconds.
    /// </summary>
    public static readonly TimeSpan SlowRunSessionTimeout = TimeSpan.FromSeconds(10);

    /// <summary>AUTHMODE: 1 static Guid, 2 rotating Guid (the documented default).</summary>
    public int AuthMode { get; init; } = 2;

    /// <summary>
    /// GUIDINTERVAL for AUTHMODE 2 (real gateways: 60 s). Short by default, so a run sees Guids rotate under every check
    /// and the rotation checks do not wait a minute; null keeps the gateway's own default.
    /// </summary>
    public TimeSpan? GuidInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long an agent may go without a request before the gateway signs it out; null keeps the gateway's own default
    /// (120 s, as documented). A run that includes the slow checks shortens it, so that they wait seconds, not minutes.
    /// </summary>
    public TimeSpan? SessionTimeout { get; init; }

    /// <summary>How long the gateway holds an empty poll; real gateways hold it about 10 seconds.</summary>
    public TimeSpan LongPollWait { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Fault modes switched on in the embedded gateway, in the order named; empty for a conformant gateway.</summary>
    public IReadOnlyList<GatewayFault> Faults { get; init; } = [];

    /// <summary>How many agents the embedded gateway's pool offers the suite.</summary>
    public int AgentCount { get; init; } = 8;

    /// <summary>Conformant variations switched on in the embedded gateway: differences the documents allow.</summary>
    public IReadOnlySet<GatewayVariation> Variations { get; init; } = new HashSet<GatewayVariation>();

    /// <summary>The hostile mode of the embedded gateway's POST syncagentinfo; null (the default) for none.</summary>
    public GatewayHostility? Hostile { get; init; }

    /// <summary>With events-delayed: how late each event reaches the queue; null keeps the gateway's default (300 ms).</summary>
    public TimeSpan? EventDelay { get; init; }

    /// <summary>How long the embedded gateway waits before each answer, as a gateway across a network does; none by default.</summary>
    public AnswerLatency Latency { get; init; } = AnswerLatency.None;

    /// <summary>With the hostile mode redirect: where the redirects point.</summary>
    public Uri? RedirectTo { get; init; }

    /// <summary>With the hostile mode drip: the wait before each byte; null keeps the gateway's default (2 s).</summary>
    public TimeSpan? DripInterval { get; init; }
}
