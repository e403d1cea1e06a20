using System.Net;
using System.Security.Cryptography.X509Certificates;

namespace AgentGateway.Reference;

/// <summary>
/// How a <see cref="ReferenceGateway"/> behaves: authentication mode, timing, edition, listening address,
/// certificate, the far ends its calls reach, the faults it deliberately ships with (none by default, which makes it
/// conformant), the conformant variations it shows and the hostile mode of its syncagentinfo (none by default).
/// </summary>
public sealed class ReferenceGatewayOptions
{
    /// <summary>1: static Guid for the whole session; 2: dynamic Guid that rotates (the documented default).</summary>
    public int AuthMode { get; set; } = 2;

    /// <summary>
    /// AUTHMODE 2: how long a Guid is used before the next poll response replaces it (GUIDINTERVAL); shorter than
    /// <see cref="GuidTimeout"/>.
    /// </summary>
    public TimeSpan GuidInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>AUTHMODE 2: how long a superseded Guid is still accepted after it was replaced (GUIDTIMEOUT).</summary>
    public TimeSpan GuidTimeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>How long an event poll waits for an event before it is answered empty.</summary>
    public TimeSpan LongPollWait { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>An agent that makes no request for this long is signed out (MAXTIME).</summary>
    public TimeSpan SessionTimeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>"default": agent IDs 101..59999; "2025": agent IDs 101..999999 and events carry eventGenTime.</summary>
    public string Edition { get; set; } = "default";

    /// <summary>The deviations switched on; empty means a conformant gateway.</summary>
    public ISet<GatewayFault> Faults { get; set; } = new HashSet<GatewayFault>();

    /// <summary>The conformant variations switched on; empty means the reference behaviour.</summary>
    public ISet<GatewayVariation> Variations { get; set; } = new HashSet<GatewayVariation>();

    /// <summary>
    /// With <see cref="GatewayVariation.EventsDelayed"/>: how long after the call that caused it an event reaches the queue.
    /// </summary>
    public TimeSpan EventDelay { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>How long the gateway waits before each answer it writes (not a hostile mode's); none by default.</summary>
    public AnswerLatency Latency { get; set; } = AnswerLatency.None;

    /// <summary>How every POST syncagentinfo is answered with hostility; null, the default, answers it normally.</summary>
    public GatewayHostility? Hostile { get; set; }

    /// <summary>With <see cref="GatewayHostility.Redirect"/>: where the redirects point, before the request's path and query.</summary>
    public Uri? RedirectTo { get; set; }

    /// <summary>With <see cref="GatewayHostility.Drip"/>: the wait before each byte of the body.</summary>
    public TimeSpan DripInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Agent ID to password; empty accepts any password, otherwise unknown agents and wrong passwords get 100-004.</summary>
    public IDictionary<string, string> AgentPasswords { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The far-end numbers a callout reaches and what each does; starts with <see cref="FarEndNumbers.Defaults"/>.</summary>
    public IDictionary<string, FarEndBehaviour> FarEnds { get; set; } =
        new Dictionary<string, FarEndBehaviour>(FarEndNumbers.Defaults, StringComparer.Ordinal);

    /// <summary>How long a call rings unanswered (at a far end that rings, or at an agent that answers by hand) before it fails.</summary>
    public TimeSpan RingTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the wrap-up after a call lasts before the agent goes idle by itself; zero: until the agent leaves it.</summary>
    public TimeSpan WrapUpDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Whether POST /reference/calls/inbound places inbound calls to agents (otherwise that path answers 404). On by
    /// default, for the embedded gateway; the standalone program switches it on only when asked.
    /// </summary>
    public bool ControlEndpoint { get; set; } = true;

    /// <summary>The address Kestrel listens on.</summary>
    public string ListenHost { get; set; } = "127.0.0.1";

    /// <summary>The port Kestrel listens on; 0 picks a free one, read back into <see cref="ReferenceGateway.BaseUri"/>.</summary>
    public int Port { get; set; }

    /// <summary>The server certificate with its private key; null makes a self-signed one for 127.0.0.1 and localhost.</summary>
    public X509Certificate2? Certificate { get; set; }

    /// <summary>The node index that ends every Guid (".AgentGateway&lt;n&gt;").</summary>
    public int NodeIndex { get; set; }

    /// <summary>Called with every Guid the gateway issues, at sign-in and at each rotation, for an observer that must know them all.</summary>
    public Action<string>? GuidIssued { get; set; }

    /// <summary>The longest any of the durations may be: a long poll waits on a timer, which cannot wait 50 days.</summary>
    internal static readonly TimeSpan MaxDuration = TimeSpan.FromDays(30);

    internal void Validate()
    {
        Require(AuthMode is 1 or 2, "AuthMode must be 1 or 2.");
        Require(GuidInterval > TimeSpan.Zero, "GuidInterval must be positive.");
        Require(GuidTimeout > TimeSpan.Zero, "GuidTimeout must be positive.");
        Require(LongPollWait >= TimeSpan.Zero, "LongPollWait must not be negative.");
        Require(SessionTimeout > TimeSpan.Zero, "SessionTimeout must be positive.");
        Require(GuidInterval <= MaxDuration, "GuidInterval must be at most 30 days.");
        Require(GuidTimeout <= MaxDuration, "GuidTimeout must be at most 30 days.");
        Require(LongPollWait <= MaxDuration, "LongPollWait must be at most 30 days.");
        Require(SessionTimeout <= MaxDuration, "SessionTimeout must be at most 30 days.");
        Require(EventDelay >= TimeSpan.Zero && EventDelay <= MaxDuration, "EventDelay must be between 0 and 30 days.");
        Require(Latency is not null && Latency.Min >= TimeSpan.Zero && Latency.Max >= Latency.Min && Latency.Max <= MaxDuration,
            "Latency must run from 0 or more to a longer or equal time of at most 30 days.");
        Require(DripInterval > TimeSpan.Zero && DripInterval <= MaxDuration, "DripInterval must be positive and at most 30 days.");
        Require(RingTimeout > TimeSpan.Zero && RingTimeout <= MaxDuration, "RingTimeout must be positive and at most 30 days.");
        Require(WrapUpDuration >= TimeSpan.Zero && WrapUpDuration <= MaxDuration, "WrapUpDuration must be between 0 and 30 days.");
        foreach (var (number, behaviour) in FarEnds)
        {
            Require(FarEndNumbers.IsDialable(number), $"Far-end number '{number}' must be 1 to 24 of digits, * and #.");
            Require(Enum.IsDefined(behaviour), $"Far-end behaviour {behaviour} of {number} is unknown.");
        }

        Require(Hostile is null || Enum.IsDefined(Hostile.Value), $"Hostile mode {Hostile} is unknown.");
        Require(Hostile != GatewayHostility.Redirect || RedirectTo is { IsAbsoluteUri: true, Scheme: "http" or "https" },
            "The hostile mode redirect needs RedirectTo, an absolute http or https URL (--redirect-to URL).");

        // GUIDINTERVAL must be less than GUIDTIMEOUT (basic.properties).
        Require(GuidInterval < GuidTimeout, "GuidInterval must be shorter than GuidTimeout.");
        Require(Edition is "default" or "2025", "Edition must be \"default\" or \"2025\".");
        Require(Port is >= 0 and <= 65535, "Port must be 0..65535.");
        Require(NodeIndex >= 0, "NodeIndex must not be negative.");
        Require(!string.IsNullOrWhiteSpace(ListenHost), "ListenHost must be given.");
        var localhost = string.Equals(ListenHost, "localhost", StringComparison.OrdinalIgnoreCase);
        Require(localhost || ListenHost is "*" or "+" || IPAddress.TryParse(ListenHost, out _),
            $"ListenHost must be an IP address, localhost, * or +, not '{ListenHost}'.");
        Require(!localhost || Port != 0,
            "ListenHost localhost needs a fixed port; for a free port listen on 127.0.0.1 or ::1 with port 0.");
        Require(Certificate is null || Certificate.HasPrivateKey, "Certificate must carry its private key.");
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message);
        }
    }
}
