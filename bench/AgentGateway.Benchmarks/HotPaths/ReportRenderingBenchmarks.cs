using AgentGateway.Conformance.Http;
using AgentGateway.Conformance.Reports;
using AgentGateway.Conformance.Requirements;
using AgentGateway.Conformance.Results;
using AgentGateway.Conformance.Target;
using BenchmarkDotNet.Attributes;

namespace AgentGateway.Benchmarks.HotPaths;

/// <summary>
/// Rendering the reports of a 500-check run, each check with three recorded exchanges whose responses are the size of
/// a real sync answer (the published example), in the mix of statuses a failing gateway gives.
/// </summary>
[MemoryDiagnoser]
public class ReportRenderingBenchmarks
{
    private const int Checks = 500;

    private RunResult _run = null!;
    private readonly ReportInputs _inputs = ReportInputs.Load();

    [GlobalSetup]
    public void Setup()
    {
        var example = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "published-example.json"));
        CheckStatus[] statuses = [CheckStatus.Pass, CheckStatus.Pass, CheckStatus.Pass, CheckStatus.Fail, CheckStatus.Warn, CheckStatus.Skip];
        string[] requirements = ["SYNC-AUTH-001", "SYNC-SCHEMA-001", "SYNC-QUEUE-001", "SYNC-ENUM-001", "SYNC-SCHEMA-006", "SYNC-AUTH-003"];
        _run = new RunResult
        {
            SuiteVersion = "1.0.0",
            RequirementSetVersion = "1.0.0",
            Started = DateTimeOffset.UnixEpoch,
            Finished = DateTimeOffset.UnixEpoch.AddSeconds(5),
            Profile = "compatible",
            Edition = "default",
            Seed = 1,
            Target = new TargetFingerprint
            {
                BaseUrl = "https://127.0.0.1:8043/",
                Embedded = true,
                TlsTrust = "pinned",
                TlsVerificationDisabled = false,
                CertificateSha256 = new string('A', 64),
                ServerHeader = "Kestrel",
                Agents = ["41001", "41002", "41003", "41004"],
            },
            Checks = [.. Enumerable.Range(0, Checks).Select(i => Check(i, statuses[i % statuses.Length], requirements[i % requirements.Length], example))],
        }.Summarised(_inputs.Catalogue);
    }

    private static CheckResult Check(int index, CheckStatus status, string requirement, string responseBody) => new()
    {
        Area = "QueueClearing",
        Fixture = "QueueClearingTests",
        Name = $"Check_number_{index}_clears_the_queue",
        RequirementIds = [requirement],
        Status = status,
        Message = status == CheckStatus.Pass ? null : "expected the queue empty after the sync",
        Findings = [new Finding(requirement, status == CheckStatus.Warn ? RequirementLevel.Should : RequirementLevel.Must, status != CheckStatus.Fail, "no event", "AgentState_Ready", "$.event")],
        Exchanges = [.. Enumerable.Range(1, 3).Select(n => new Exchange
        {
            Sequence = n,
            Purpose = "sync",
            Method = "POST",
            Url = "https://127.0.0.1:8043/agentgateway/resource/onlineagent/41001/syncagentinfo",
            RequestHeaders = [new HeaderLine("Guid", "<guid #1>"), new HeaderLine("Content-Type", "application/json; charset=UTF-8")],
            Status = 200,
            ResponseHeaders = [new HeaderLine("Content-Type", "application/json; charset=utf-8"), new HeaderLine("Server", "Kestrel")],
            ResponseBody = responseBody,
            LatencyMilliseconds = 1.2,
        })],
        Seed = index,
        DurationMilliseconds = 10,
    };

    [Benchmark(Description = "results.json, 500 checks")]
    public long ResultsJson()
    {
        using var writer = new StringWriter();
        ResultsJsonWriter.Write(_run, writer);
        return writer.GetStringBuilder().Length;
    }

    [Benchmark(Description = "junit.xml, 500 checks")]
    public long JUnit()
    {
        using var stream = new MemoryStream();
        JUnitReportWriter.Write(_run, _inputs.Catalogue, stream);
        return stream.Length;
    }

    [Benchmark(Description = "conformance.html, 500 checks")]
    public long Html()
    {
        using var writer = new StringWriter();
        HtmlReportWriter.Write(_run, _inputs, writer);
        return writer.GetStringBuilder().Length;
    }
}
