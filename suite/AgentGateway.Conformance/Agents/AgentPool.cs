using AgentGateway.Conformance.Configuration;

namespace AgentGateway.Conformance.Agents;

/// <summary>
/// Hands the configured test agents out to fixtures, all of a fixture's agents at once, so fixtures run in
/// parallel as far as the pool allows and never share an agent.
/// </summary>
public sealed class AgentPool
{
    private readonly Lock _lock = new();
    private readonly List<AgentCredentials> _free;
    private TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public AgentPool(IReadOnlyList<AgentCredentials> agents)
    {
        All = agents;
        _free = [.. agents];
    }

    public IReadOnlyList<AgentCredentials> All { get; }
    public int Size => All.Count;

    /// <summary>
    /// Takes <paramref name="count"/> agents, waiting up to <paramref name="wait"/> for other fixtures to give theirs back,
    /// unless <paramref name="cancellationToken"/> ends the wait first.
    /// </summary>
    /// <returns>The lease, or null when the pool is smaller than <paramref name="count"/> or the wait ran out or was cancelled.</returns>
    public async Task<AgentLease?> TryLeaseAsync(
        int count, TimeSpan wait, TimeProvider time, CancellationToken cancellationToken = default)
    {
        if (count > Size)
        {
            return null;
        }

        using var timer = new CancellationTokenSource(wait, time);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(timer.Token, cancellationToken);
        while (true)
        {
            Task released;
            lock (_lock)
            {
                if (_free.Count >= count)
                {
                    var taken = _free.Take(count).ToList();
                    _free.RemoveRange(0, count);
                    return new AgentLease(this, taken);
                }

                released = _released.Task;
            }

            try
            {
                await released.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                return null;
            }
        }
    }

    /// <summary>
    /// Takes the agents with the work numbers <paramref name="ids"/>, in that order, waiting up to <paramref name="wait"/>
    /// unless <paramref name="cancellationToken"/> ends the wait first.
    /// </summary>
    /// <returns>The lease, or null when one of them is not in the pool or the wait ran out or was cancelled.</returns>
    public async Task<AgentLease?> TryLeaseAsync(
        IReadOnlyList<string> ids, TimeSpan wait, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (!ids.All(id => All.Any(a => a.Id == id)))
        {
            return null;
        }

        using var timer = new CancellationTokenSource(wait, time);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(timer.Token, cancellationToken);
        while (true)
        {
            Task released;
            lock (_lock)
            {
                var taken = ids.Select(id => _free.FirstOrDefault(a => a.Id == id)).ToList();
                if (taken.All(a => a is not null))
                {
                    _free.RemoveAll(a => ids.Contains(a.Id));
                    return new AgentLease(this, taken!);
                }

                released = _released.Task;
            }

            try
            {
                await released.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                return null;
            }
        }
    }

    internal void Return(IReadOnlyList<AgentCredentials> agents)
    {
        TaskCompletionSource released;
        lock (_lock)
        {
            _free.AddRange(agents);
            released = _released;
            _released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        released.SetResult();
    }
}

/// <summary>Agents lent to one fixture; disposing gives them back.</summary>
public sealed class AgentLease(AgentPool pool, IReadOnlyList<AgentCredentials> agents) : IDisposable
{
    private int _returned;

    public IReadOnlyList<AgentCredentials> Agents { get; } = agents;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _returned, 1) == 0)
        {
            pool.Return(Agents);
        }
    }
}
