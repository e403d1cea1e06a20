using AgentGateway.Conformance.Agents;
using AgentGateway.Conformance.Configuration;
using AgentGateway.Conformance.Http;

namespace AgentGateway.Conformance.Target;

/// <summary>
/// The gateway a run certifies, resolved once: its base URL, the TLS trust, the shared HTTP connection pool, the
/// health that stops a run on a gateway that no longer answers, and the agent pool. With no target configured it is
/// the embedded reference gateway.
/// </summary>
public sealed class GatewayTarget : IAsyncDisposable
{
    private readonly IAsyncDisposable? _embedded;
    private readonly string? _embeddedDescription;
    private string? _serverHeader;
    private int _guidRotations;

    private GatewayTarget(
        SuiteSettings settings, Uri baseUri, TlsTrust trust, IReadOnlyList<AgentCredentials> agents, IAsyncDisposable? embedded, TimeProvider time)
    {
        Settings = settings;
        BaseUri = baseUri;
        Trust = trust;
        Time = time;
        Agents = new AgentPool(agents);
        _embedded = embedded;
        _embeddedDescription = embedded is null ? null : EmbeddedGateway.Describe(settings);
        Health = new TargetHealth(time);
        Channel = new GatewayChannel(
            baseUri, settings.RequestTimeout, settings.MaxResponseBytes, (_, cert, chain, errors) => trust.Validate(cert, chain, errors),
            Health, Redactor, time);
        foreach (var agent in agents)
        {
            Redactor.Register(agent.Password, $"password of agent {agent.Id}");
        }
    }

    public SuiteSettings Settings { get; }
    public Uri BaseUri { get; }
    public TlsTrust Trust { get; }
    public TimeProvider Time { get; }
    public AgentPool Agents { get; }
    public Redactor Redactor { get; } = new();

    /// <summary>Whether the gateway still answers; once it stops, requests are no longer sent.</summary>
    public TargetHealth Health { get; }

    /// <summary>One connection pool for the run; checks get their own <see cref="GatewayClient"/> over it.</summary>
    internal GatewayChannel Channel { get; }

    public static async Task<GatewayTarget> ResolveAsync(SuiteSettings settings, TimeProvider time)
    {
        if (settings.Target is { } target)
        {
            var trust = settings.Insecure ? TlsTrust.Disabled()
                : settings.CaCertificateFile is { } ca ? TlsTrust.FromCaFile(ca)
                : TlsTrust.System();
            return new GatewayTarget(settings, target, trust, settings.Agents, null, time);
        }

        var (gateway, agents) = await EmbeddedGateway.StartAsync(settings);
        var baseUri = new Uri(gateway.BaseUri.AbsoluteUri.TrimEnd('/') + "/");
        return new GatewayTarget(settings with { Agents = agents }, baseUri, TlsTrust.Pinned(gateway.Certificate), agents, gateway, time);
    }

    public GatewayClient NewClient(ExchangeLog log) => new(Channel, log);

    /// <summary>Remembers the first Server header the gateway sent, for the fingerprint.</summary>
    public void Observe(GatewayResponse response) =>
        Interlocked.CompareExchange(ref _serverHeader, response.Header("Server"), null);

    /// <summary>Counts a Guid the gateway handed an agent after its sign-in: evidence of AUTHMODE 2.</summary>
    public void ObserveGuidRotation() => Interlocked.Increment(ref _guidRotations);

    public TargetFingerprint Fingerprint => new()
    {
        BaseUrl = BaseUri.AbsoluteUri,
        Embedded = _embedded is not null,
        EmbeddedDescription = _embeddedDescription,
        TlsTrust = Trust.Description,
        CaFile = Trust.CaFileName,
        TlsVerificationDisabled = Trust.VerificationDisabled,
        CertificateSha256 = Trust.PresentedCertificateSha256,
        ServerHeader = _serverHeader,
        Agents = [.. Agents.All.Select(a => a.Id)],
        AuthModeDeclared = Settings.UsesEmbeddedGateway
            ? Settings.Embedded.AuthMode.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : Settings.AuthMode switch { AuthModeDeclaration.Static => "1", AuthModeDeclaration.Rotating => "2", _ => "auto" },
        GuidRotationsObserved = Volatile.Read(ref _guidRotations),
    };

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        if (_embedded is not null)
        {
            await _embedded.DisposeAsync();
        }
    }
}
