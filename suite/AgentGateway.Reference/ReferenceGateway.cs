using System.Net;
using System.Security.Cryptography.X509Certificates;
using AgentGateway.Reference.Hostile;
using AgentGateway.Reference.Http;
using AgentGateway.Reference.Tls;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AgentGateway.Reference;

/// <summary>
/// A running reference gateway: Kestrel over HTTPS on the configured address (127.0.0.1, a free port, by default),
/// stopped by disposing it. Clients should trust <see cref="Certificate"/> rather than turn verification off.
/// </summary>
public sealed class ReferenceGateway : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly GatewayHandler _handler;
    private int _disposed;

    private ReferenceGateway(
        WebApplication app, GatewayHandler handler, Uri baseUri, X509Certificate2 certificate, ReferenceGatewayOptions options)
    {
        _app = app;
        _handler = handler;
        BaseUri = baseUri;
        Certificate = certificate;
        Options = options;
    }

    /// <summary>The bound address read back from the server, e.g. https://127.0.0.1:54321/.</summary>
    public Uri BaseUri { get; }

    /// <summary>The server certificate that clients should trust (pin).</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>The options the gateway was started with.</summary>
    public ReferenceGatewayOptions Options { get; }

    internal GatewayHandler Handler => _handler;

    /// <summary>Starts a gateway; <paramref name="timeProvider"/> drives long polls, Guid rotation and session timeouts.</summary>
    public static async Task<ReferenceGateway> StartAsync(
        ReferenceGatewayOptions options, TimeProvider? timeProvider = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = new GatewaySettings(options);
        var time = timeProvider ?? TimeProvider.System;
        var certificate = options.Certificate ?? GatewayCertificates.CreateSelfSigned(time);

        var handler = new GatewayHandler(settings, time, NullLogger.Instance);
        var tls = settings.Faults.ListensWithTls(true);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, EmbeddedLifetime>();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = 1024 * 1024;
            Listen(kestrel, options.ListenHost, options.Port, listen =>
            {
                if (tls)
                {
                    Secure(listen, certificate, handler.Hostile?.NotHttp);
                }
            });
        });

        var app = builder.Build();
        app.Run(handler.HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            handler.Dispose();
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ReferenceGateway(app, handler, new Uri(address.TrimEnd('/') + "/"), certificate, options);
    }

    /// <summary>The certificate as PEM, for a client to trust.</summary>
    public string ExportCertificatePem() => GatewayCertificates.ExportPem(Certificate);

    /// <summary>Releases open polls and stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _handler.Stop();
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        }

        await _app.DisposeAsync().ConfigureAwait(false);
        _handler.Dispose();
    }

    /// <summary>
    /// TLS on every connection. With not-http, the connections also pass through its middleware after TLS, and speak only
    /// HTTP/1.1: bytes put in place of an HTTP/1.1 answer end the connection cleanly, where HTTP/2 frames of other
    /// streams would still be in flight.
    /// </summary>
    private static void Secure(ListenOptions listen, X509Certificate2 certificate, NotHttpConnections? notHttp)
    {
        if (notHttp is not null)
        {
            listen.Protocols = HttpProtocols.Http1;
        }

        listen.UseHttps(certificate);
        if (notHttp is not null)
        {
            listen.Use(next => connection => notHttp.OnConnectionAsync(connection, next));
        }
    }

    private static void Listen(KestrelServerOptions kestrel, string host, int port, Action<ListenOptions> configure)
    {
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            kestrel.ListenLocalhost(port, configure);
        }
        else if (host is "*" or "+" or "0.0.0.0")
        {
            kestrel.ListenAnyIP(port, configure);
        }
        else
        {
            kestrel.Listen(IPAddress.Parse(host), port, configure);
        }
    }

    /// <summary>No console hooks: the owner of the handle (a test, the suite, the standalone program) decides when to stop.</summary>
    private sealed class EmbeddedLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
