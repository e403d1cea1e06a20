using System.Net;
using System.Net.Security;
using AgentGateway.Conformance.Harness;
using AgentGateway.Conformance.Target;
using RestSharp;

namespace AgentGateway.Conformance.Http;

/// <summary>
/// The run's one way to the gateway, shared by every <see cref="GatewayClient"/>: the connection pool, the TLS trust,
/// the budgets and caps every answer is read under, the health that stops the run from waiting on a silent gateway,
/// and the RestSharp client of the documented calls, which sends through the same path.
/// </summary>
internal sealed class GatewayChannel : IDisposable
{
    /// <summary>The most answer head (status line and headers) the suite reads.</summary>
    public const int MaxResponseHeaderBytes = 64 * 1024;

    public GatewayChannel(
        Uri baseUri, TimeSpan requestTimeout, long maxResponseBytes, RemoteCertificateValidationCallback validateCertificate,
        TargetHealth health, Redactor redactor, TimeProvider time)
    {
        BaseUri = baseUri;
        RequestTimeout = requestTimeout;
        MaxResponseBytes = maxResponseBytes;
        ValidateCertificate = validateCertificate;
        Health = health;
        Redactor = redactor;
        Time = time;
        Http = new HttpClient(new SocketsHttpHandler
        {
            SslOptions = { RemoteCertificateValidationCallback = validateCertificate },
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            // A 3xx is the gateway's answer to that request; following it could carry a Guid or a password elsewhere.
            AllowAutoRedirect = false,
            MaxResponseHeadersLength = MaxResponseHeaderBytes / 1024,
            // An answer left unread (over the cap, timed out) drops its connection instead of being drained.
            MaxResponseDrainSize = 0,
        })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        Rest = new RestClient(
            new HttpClient(new RecordingHandler()) { Timeout = Timeout.InfiniteTimeSpan },
            new RestClientOptions(baseUri)
            {
                // A 3xx is the gateway's answer to the call, as it is to any request.
                FollowRedirects = false,
                // The transport's budget over the whole answer is the only timeout; RestSharp's own would be 100 s.
                Timeout = Timeout.InfiniteTimeSpan,
                // The documented calls carry the headers the raw requests carry, and no User-Agent.
                UserAgent = null,
            },
            disposeHttpClient: true)
        {
            // RestSharp then writes an empty Accept header, which each call takes off (GatewayCall.BeforeHttpRequest).
            AcceptedContentTypes = [],
        };
    }

    public HttpClient Http { get; }

    /// <summary>Composes the documented calls; its handler sends each through the <see cref="GatewayClient"/> it names.</summary>
    public RestClient Rest { get; }
    public Uri BaseUri { get; }
    public TimeSpan RequestTimeout { get; }
    public long MaxResponseBytes { get; }
    public RemoteCertificateValidationCallback ValidateCertificate { get; }
    public TargetHealth Health { get; }
    public Redactor Redactor { get; }
    public TimeProvider Time { get; }

    /// <summary>Throws unless <paramref name="url"/> has the target's scheme, host and port: nothing goes to another origin.</summary>
    public void EnsureSameOrigin(Uri url, HttpMethod method)
    {
        if (!url.IsAbsoluteUri
            || !string.Equals(url.Scheme, BaseUri.Scheme, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(url.IdnHost, BaseUri.IdnHost, StringComparison.OrdinalIgnoreCase)
            || url.Port != BaseUri.Port)
        {
            throw new SuiteException(
                $"Not sending {method} {Redactor.Redact(url.OriginalString)}: its origin is not the target's "
                + $"({BaseUri.GetLeftPart(UriPartial.Authority)}), and no request goes to another origin.");
        }
    }

    public void Dispose()
    {
        Rest.Dispose();
        Http.Dispose();
    }
}
