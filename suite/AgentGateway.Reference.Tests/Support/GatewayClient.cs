using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace AgentGateway.Reference.Tests.Support;

/// <summary>
/// An HTTPS client of one gateway that trusts exactly the gateway's certificate and sends what the documents show:
/// <c>Content-Type: application/json; charset=UTF-8</c> and the <c>Guid</c> header.
/// </summary>
internal sealed class GatewayClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly Uri _resources;

    public GatewayClient(Uri baseUri, X509Certificate2 trusted, Version? httpVersion = null)
    {
        var pinned = trusted.GetCertHash();
        _resources = new Uri(baseUri, "agentgateway/resource/");
        _http = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            SslOptions =
            {
                RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                    certificate is not null && certificate.GetCertHash().AsSpan().SequenceEqual(pinned),
            },
        })
        {
            Timeout = TimeSpan.FromSeconds(60),
            DefaultRequestVersion = httpVersion ?? System.Net.HttpVersion.Version11,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
    }

    /// <summary>A request to a path under /agentgateway/resource/.</summary>
    public async Task<Reply> SendAsync(HttpMethod method, string path, string? guid, string? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(_resources, path))
        {
            Version = _http.DefaultRequestVersion,
            VersionPolicy = _http.DefaultVersionPolicy,
        };
        request.Content = new StringContent(body ?? "", Encoding.UTF8);
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=UTF-8");
        if (guid is not null)
        {
            request.Headers.Add("Guid", guid);
        }

        using var response = await _http.SendAsync(request);
        LastVersion = response.Version;
        var headers = response.Headers.Concat(response.Content.Headers)
            .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        return new Reply((int)response.StatusCode, response.Content.Headers.ContentType?.ToString() ?? "",
            await response.Content.ReadAsStringAsync(), headers);
    }

    public Task<Reply> SyncAsync(string agentId, string guid) => SendAsync(HttpMethod.Post, $"onlineagent/{agentId}/syncagentinfo", guid);

    /// <summary>The HTTP version of the last response.</summary>
    public Version? LastVersion { get; private set; }

    public void Dispose() => _http.Dispose();
}
