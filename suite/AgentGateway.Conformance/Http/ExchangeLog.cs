namespace AgentGateway.Conformance.Http;

/// <summary>The exchanges of one check, in the order they were sent.</summary>
public sealed class ExchangeLog
{
    private readonly List<Exchange> _exchanges = [];
    private readonly Lock _lock = new();

    public IReadOnlyList<Exchange> Exchanges
    {
        get
        {
            lock (_lock)
            {
                return [.. _exchanges];
            }
        }
    }

    internal void Add(Exchange exchange)
    {
        lock (_lock)
        {
            _exchanges.Add(exchange with { Sequence = _exchanges.Count + 1 });
        }
    }
}
