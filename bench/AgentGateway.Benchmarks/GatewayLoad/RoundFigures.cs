using System.Globalization;

namespace AgentGateway.Benchmarks.GatewayLoad;

/// <summary>What one measurement window of the load benchmark saw.</summary>
internal sealed record RoundFigures(int Syncs, double SyncsPerSecond, double P50Ms, double P99Ms, double MaxMs, int MinOpenPolls)
{
    public static RoundFigures From(List<double> latencies, TimeSpan elapsed, int minOpenPolls)
    {
        latencies.Sort();
        return new RoundFigures(
            latencies.Count,
            latencies.Count / elapsed.TotalSeconds,
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.99),
            latencies.Count == 0 ? double.NaN : latencies[^1],
            minOpenPolls);
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    public string Describe(string label) => string.Create(CultureInfo.InvariantCulture,
        $"{label}: {Syncs} syncs, {SyncsPerSecond:N0}/s, p50 {P50Ms:0.00} ms, p99 {P99Ms:0.00} ms, max {MaxMs:0.00} ms, polls open at least {MinOpenPolls}");
}
