using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace AgentGateway.Benchmarks.HotPaths;

/// <summary>In-process runs (the suite's schemas and fixtures sit beside this program), with medians and allocations.</summary>
internal static class HotPathConfig
{
    public static Type[] Benchmarks { get; } =
    [
        typeof(SchemaValidationBenchmarks),
        typeof(ExchangeRecordingBenchmarks),
        typeof(ReportRenderingBenchmarks),
    ];

    /// <param name="short">BenchmarkDotNet's short run (3 warm-ups, 3 iterations): quicker, rougher figures.</param>
    public static IConfig Create(bool @short = false) => DefaultConfig.Instance
        .AddJob((@short ? Job.ShortRun : Job.Default).WithToolchain(InProcessEmitToolchain.Instance))
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumn(StatisticColumn.Median)
        .WithOptions(ConfigOptions.JoinSummary);
}
