using AgentGateway.Conformance.Agents;
using AgentGateway.Conformance.Http;
using AgentGateway.Conformance.Target;
using AgentGateway.Reference;
using BenchmarkDotNet.Attributes;

namespace AgentGateway.Benchmarks.HotPaths;

/// <summary>
/// One recorded exchange as a check makes it: a sync sent over HTTPS to the reference gateway on loopback, the
/// response read, redacted and added to the check's log. The gateway's share is in the figure too.
/// </summary>
[MemoryDiagnoser]
public class ExchangeRecordingBenchmarks
{
    private const string AgentId = "41001";

    private ReferenceGateway _gateway = null!;
    private HttpClient _http = null!;
    private Redactor _redactor = null!;
    private GatewayRequest _sync = null!;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        // AUTHMODE 1: the Guid stays valid however long the benchmark runs.
        _gateway = await ReferenceGateway.StartAsync(new ReferenceGatewayOptions { AuthMode = 1 });
        var trust = TlsTrust.Pinned(_gateway.Certificate);
#pragma warning disable CA2000 // the client owns the handler and is disposed in Cleanup
        _http = new HttpClient(new SocketsHttpHandler { SslOptions = { RemoteCertificateValidationCallback = (_, c, ch, e) => trust.Validate(c, ch, e) } });
#pragma warning restore CA2000
        _redactor = new Redactor();
        var signIn = await NewClient().SendAsync(new GatewayRequest(HttpMethod.Put, Routes.SignIn(AgentId), "sign in")
        {
            Body = """{"password":"","phonenum":"","status":"4","releasephone":"false","agenttype":"4"}""",
        });
        var guid = signIn.IssuedGuid ?? throw new InvalidOperationException($"Sign-in gave no Guid: {signIn.Summary}");
        _sync = new GatewayRequest(HttpMethod.Post, Routes.Sync(AgentId), "sync").WithHeader("Guid", guid);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _http.Dispose();
        _gateway.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>A client per invocation, as each check has its own log.</summary>
    private GatewayClient NewClient() =>
        new(_http, _gateway.BaseUri, TimeSpan.FromSeconds(10), new ExchangeLog(), _redactor, TimeProvider.System);

    [Benchmark(Description = "send, record and redact one sync")]
    public async Task<int> RecordOneSync()
    {
        var client = NewClient();
        var response = await client.SendAsync(_sync);
        return response.Status ?? throw new InvalidOperationException("The sync got no answer.");
    }
}
