using AgentGateway.Conformance.Http;

namespace AgentGateway.Conformance.Comparison;

/// <summary>
/// When a latency counts as grown: the later figure is more than <see cref="Ratio"/> times the earlier one and more
/// than <see cref="FloorMilliseconds"/> above it. Both must hold, so that a fast exchange going from 4 ms to 12 ms is noise, not a
/// finding, and a slow one growing by a small fraction is not flagged either. The 95th percentile is judged only where
/// both sides have <see cref="MinSamplesForP95"/> exchanges of the kind: with fewer it is one slow exchange, the maximum.
/// </summary>
public sealed record LatencyThresholds
{
    public const double DefaultRatio = 1.5;

    public const double DefaultFloorMilliseconds = 200;

    public const int MinSamplesForP95 = 20;

    public double Ratio { get; init; } = DefaultRatio;

    /// <summary>The absolute growth, in milliseconds, below which no latency is flagged whatever the ratio.</summary>
    public double FloorMilliseconds { get; init; } = DefaultFloorMilliseconds;

    /// <summary>Whether <paramref name="after"/> milliseconds grew beyond both thresholds from <paramref name="before"/>.</summary>
    public bool Grew(double before, double after) => after > before * Ratio && after - before > FloorMilliseconds;
}

/// <summary>The latencies of one kind of exchange on one side: how many, median and 95th percentile.</summary>
public sealed record LatencyStats(int Count, double MedianMilliseconds, double P95Milliseconds)
{
    /// <summary>The figures of <paramref name="latencies"/>, by nearest rank; null when there are none.</summary>
    public static LatencyStats? Of(IEnumerable<double> latencies)
    {
        var sorted = latencies.Order().ToList();
        return sorted.Count == 0 ? null : new LatencyStats(sorted.Count, Rank(sorted, 0.5), Rank(sorted, 0.95));
    }

    private static double Rank(List<double> sorted, double fraction) =>
        sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Count) - 1, 0, sorted.Count - 1)];
}

/// <summary>The latency of one kind of exchange (sign-in, sync, poll, ...) before and after, and whether it grew.</summary>
public sealed record LatencyChange
{
    /// <summary>The kind of exchange, one of <see cref="ExchangeKinds.Categories"/>.</summary>
    public required string Category { get; init; }

    public LatencyStats? Before { get; init; }

    public LatencyStats? After { get; init; }

    /// <summary>The median, or with enough exchanges the 95th percentile, grew beyond the thresholds.</summary>
    public bool Grew { get; init; }

    /// <summary>
    /// The latencies of every category either side has. Only exchanges that got a whole answer count, and not those
    /// that sent an oversized body, whose time is the upload's.
    /// </summary>
    public static IReadOnlyList<LatencyChange> Between(
        IEnumerable<Exchange> before, IEnumerable<Exchange> after, LatencyThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        var old = ByCategory(before);
        var now = ByCategory(after);
        return [.. ExchangeKinds.Categories.Where(c => old.ContainsKey(c) || now.ContainsKey(c)).Select(category =>
        {
            var b = old.GetValueOrDefault(category);
            var a = now.GetValueOrDefault(category);
            var grew = b is not null && a is not null
                && (thresholds.Grew(b.MedianMilliseconds, a.MedianMilliseconds)
                    || (Math.Min(b.Count, a.Count) >= LatencyThresholds.MinSamplesForP95
                        && thresholds.Grew(b.P95Milliseconds, a.P95Milliseconds)));
            return new LatencyChange { Category = category, Before = b, After = a, Grew = grew };
        })];
    }

    private static Dictionary<string, LatencyStats> ByCategory(IEnumerable<Exchange> exchanges) =>
        exchanges.Where(e => e.Outcome == TransportOutcome.Answered && !e.OversizedBody)
            .Where(e => double.IsFinite(e.LatencyMilliseconds) && e.LatencyMilliseconds >= 0)
            .GroupBy(ExchangeKinds.Category, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => LatencyStats.Of(g.Select(e => e.LatencyMilliseconds))!, StringComparer.Ordinal);
}
