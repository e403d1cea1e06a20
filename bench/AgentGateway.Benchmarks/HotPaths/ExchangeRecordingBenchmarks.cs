using AgentGateway.Conformance.Agents;
using AgentGateway.Conformance.Configuration;
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
    private GatewayTarget _target = null!;
    private string _caFile = null!;
    private GatewayRequest _sync = null!;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        // AUTHMODE 1: the Guid stays valid however long the benchmark runs.
        _gateway = await ReferenceGateway.StartAsync(new ReferenceGatewayOptions { AuthMode = 1 });
        _caFile = Path.Combine(Path.GetTempPath(), $"agw-bench-{Guid.NewGuid():N}.pem");
        await File.WriteAllTextAsync(_caFile, _gateway.ExportCertificatePem());
        // The pool, caps and recording every check uses, as run.sh resolves a real gateway.
        _target = await GatewayTarget.ResolveAsync(
            new SuiteSettings { Target = _gateway.BaseUri, CaCertificateFile = _caFile, RequestTimeout = TimeSpan.FromSeconds(10) },
            TimeProvider.System);
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
        _target.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _gateway.DisposeAsync().AsTask().GetAwaiter().GetResult();
        File.Delete(_caFile);
    }

    /// <summary>A client per invocation, as each check has its own log.</summary>
    private GatewayClient NewClient() => _target.NewClient(new ExchangeLog());

    [Benchmark(Description = "send, record and redact one sync")]
    public async Task<int> RecordOneSync()
    {
        var client = NewClient();
        var response = await client.SendAsync(_sync);
        return response.Status ?? throw new InvalidOperationException("The sync got no answer.");
    }
}
