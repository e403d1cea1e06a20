namespace AgentGateway.Benchmarks.GatewayLoad;

/// <summary>Sync latencies of the current round, added from many tasks at once.</summary>
internal sealed class LatencyLog
{
    private readonly Lock _lock = new();
    private List<double> _milliseconds = new(capacity: 1 << 16);

    public void Add(TimeSpan latency)
    {
        lock (_lock)
        {
            _milliseconds.Add(latency.TotalMilliseconds);
        }
    }

    public void Reset() => Take();

    /// <summary>The latencies so far, leaving the log empty for the next round.</summary>
    public List<double> Take()
    {
        lock (_lock)
        {
            var taken = _milliseconds;
            _milliseconds = new List<double>(capacity: Math.Max(1 << 16, taken.Count));
            return taken;
        }
    }
}
