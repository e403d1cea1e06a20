using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using AgentGateway.Reference;

namespace AgentGateway.Benchmarks.GatewayLoad;

/// <summary>
/// The reference gateway under load over real HTTPS sockets: hundreds of agents each hold a long poll open while
/// a few others sync back to back. Shows that waiting polls do not starve the server: sync throughput and latency
/// stay those of a quiet gateway. The client runs in the same process, so both share the machine's cores.
/// </summary>
public sealed class GatewayLoadBenchmark(LoadOptions options, TextWriter output)
{
    private const string Resource = "agentgateway/resource/";
    private const string SignInBody = """{"password":"","phonenum":"","status":"4","releasephone":"false","agenttype":"4"}""";
    private const int FirstPoller = 10001;
    private const int FirstSyncer = 30001;

    private int _openPolls;
    private long _pollsAnswered;
    private long _failures;
    private string? _firstFailure;

    public async Task<int> RunAsync()
    {
        await using var gateway = await ReferenceGateway.StartAsync(new ReferenceGatewayOptions { LongPollWait = options.LongPoll });
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = int.MaxValue,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            SslOptions = { RemoteCertificateValidationCallback = (_, cert, _, _) => cert is not null && cert.GetCertHashString() == gateway.Certificate.GetCertHashString() },
        };
        using var http = new HttpClient(handler) { BaseAddress = gateway.BaseUri, Timeout = TimeSpan.FromSeconds(60) };

        output.WriteLine($"gateway-load: {options.Pollers} pollers holding a {options.LongPoll.TotalSeconds:0} s long poll, {options.Syncers} syncers, " +
            $"{Environment.ProcessorCount} cores, .NET {Environment.Version}");
        var pollers = Enumerable.Range(FirstPoller, options.Pollers).Select(id => new LoadAgent(id)).ToArray();
        var syncers = Enumerable.Range(FirstSyncer, options.Syncers).Select(id => new LoadAgent(id)).ToArray();
        await SignInAllAsync(http, [.. pollers, .. syncers]);

        using var stop = new CancellationTokenSource();
        var polling = pollers.Select(agent => PollLoopAsync(http, agent, stop.Token)).ToArray();
        var latencies = new LatencyLog();
        var syncing = syncers.Select(agent => SyncLoopAsync(http, agent, latencies, stop.Token)).ToArray();

        await Task.Delay(options.Warmup);
        var rounds = new List<RoundFigures>();
        for (var round = 1; round <= options.Rounds; round++)
        {
            latencies.Reset();
            var minOpen = int.MaxValue;
            var started = Stopwatch.GetTimestamp();
            while (Stopwatch.GetElapsedTime(started) < options.Window)
            {
                await Task.Delay(100);
                minOpen = Math.Min(minOpen, Volatile.Read(ref _openPolls));
            }

            var figures = RoundFigures.From(latencies.Take(), Stopwatch.GetElapsedTime(started), minOpen);
            rounds.Add(figures);
            output.WriteLine(figures.Describe($"round {round}/{options.Rounds}"));
        }

        await stop.CancelAsync();
        await Task.WhenAll([.. polling, .. syncing]);

        output.WriteLine();
        output.WriteLine($"medians of {rounds.Count} rounds: {Median(rounds, r => r.SyncsPerSecond):N0} syncs/s, " +
            $"p50 {Median(rounds, r => r.P50Ms):0.00} ms, p99 {Median(rounds, r => r.P99Ms):0.00} ms, " +
            $"polls open at least {rounds.Min(r => r.MinOpenPolls)} of {options.Pollers}, {_pollsAnswered} polls answered in all");
        if (Interlocked.Read(ref _failures) > 0)
        {
            // A benchmark of a gateway that refused its requests measures nothing.
            output.WriteLine($"INVALID: {_failures} requests did not succeed; first: {_firstFailure}");
            return 1;
        }

        return 0;
    }

    private static double Median(List<RoundFigures> rounds, Func<RoundFigures, double> figure)
    {
        var sorted = rounds.Select(figure).Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static async Task SignInAllAsync(HttpClient http, LoadAgent[] agents)
    {
        using var gate = new SemaphoreSlim(32);
        await Task.WhenAll(agents.Select(async agent =>
        {
            await gate.WaitAsync();
            try
            {
                using var content = new StringContent(SignInBody, Encoding.UTF8, "application/json");
                using var response = await http.PutAsync($"{Resource}onlineagent/{agent.Id}", content);
                var body = await response.Content.ReadAsStringAsync();
                if (Retcode(body) != "0" || !agent.Adopt(response))
                {
                    throw new InvalidOperationException($"Sign-in of agent {agent.Id} failed: HTTP {(int)response.StatusCode} {body}");
                }
            }
            finally
            {
                gate.Release();
            }
        }));
    }

    private async Task PollLoopAsync(HttpClient http, LoadAgent agent, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            using var request = agent.Request(HttpMethod.Get, $"{Resource}agentevent/{agent.Id}");
            Interlocked.Increment(ref _openPolls);
            try
            {
                using var response = await http.SendAsync(request, stop);
                var body = await response.Content.ReadAsStringAsync(stop);
                agent.Adopt(response);
                Interlocked.Increment(ref _pollsAnswered);
                Check(response, body, $"poll of agent {agent.Id}");
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            finally
            {
                Interlocked.Decrement(ref _openPolls);
            }
        }
    }

    private async Task SyncLoopAsync(HttpClient http, LoadAgent agent, LatencyLog latencies, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            using var request = agent.Request(HttpMethod.Post, $"{Resource}onlineagent/{agent.Id}/syncagentinfo");
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await http.SendAsync(request, stop);
                var body = await response.Content.ReadAsStringAsync(stop);
                latencies.Add(Stopwatch.GetElapsedTime(started));
                agent.Adopt(response);
                Check(response, body, $"sync of agent {agent.Id}");
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private void Check(HttpResponseMessage response, string body, string what)
    {
        if (response.StatusCode != HttpStatusCode.OK || Retcode(body) != "0")
        {
            Interlocked.Increment(ref _failures);
            Interlocked.CompareExchange(ref _firstFailure, $"{what}: HTTP {(int)response.StatusCode} {body}", null);
        }
    }

    private static string? Retcode(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("retcode", out var code) && code.ValueKind == JsonValueKind.String ? code.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>One signed-in agent and its current Guid, adopted from every Set-GUID so AUTHMODE 2 rotation is followed.</summary>
    private sealed class LoadAgent(int id)
    {
        private string? _guid;

        public string Id { get; } = id.ToString(CultureInfo.InvariantCulture);

        public HttpRequestMessage Request(HttpMethod method, string path)
        {
            var request = new HttpRequestMessage(method, path);
            request.Headers.TryAddWithoutValidation("Guid", Volatile.Read(ref _guid));
            request.Content = new ByteArrayContent([]);
            request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=UTF-8");
            return request;
        }

        public bool Adopt(HttpResponseMessage response)
        {
            if (response.Headers.TryGetValues("Set-GUID", out var values) && values.FirstOrDefault() is { } value)
            {
                Volatile.Write(ref _guid, value.StartsWith("JSESSIONID=", StringComparison.Ordinal) ? value["JSESSIONID=".Length..] : value);
                return true;
            }

            return false;
        }
    }
}
