using AgentGateway.Reference.Faults;

namespace AgentGateway.Reference.Agents;

/// <summary>
/// One session's event queue. Pollers wait on it asynchronously: no thread is held while a poll is open, and an
/// event queued (or the queue closed) releases every waiting poll at once.
/// </summary>
internal class EventQueue
{
    /// <summary>Older events are dropped beyond this, so an agent that never polls cannot exhaust memory.</summary>
    public const int Capacity = 1000;

    private readonly Lock _gate = new();
    private readonly Queue<QueuedEvent> _events = new();
    private readonly FaultHooks _faults;
    private TaskCompletionSource _signal = NewSignal();
    private bool _closed;

    /// <summary>A queue that lets <paramref name="faults"/> drop events as they arrive; none keeps every event.</summary>
    public EventQueue(FaultHooks? faults = null) => _faults = faults ?? ActiveFaults.None;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _events.Count;
            }
        }
    }

    public virtual void Enqueue(QueuedEvent agentEvent)
    {
        lock (_gate)
        {
            if (_closed)
            {
                return;
            }

            if (!_faults.AdmitsEvent(this, agentEvent))
            {
                return;
            }

            if (_events.Count >= Capacity)
            {
                _events.Dequeue();
            }

            _events.Enqueue(agentEvent);
            ReleaseWaiters();
        }
    }

    public IReadOnlyList<QueuedEvent> Snapshot()
    {
        lock (_gate)
        {
            return [.. _events];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _events.Clear();
        }
    }

    /// <summary>Drops every event and releases waiting polls for good; later events are ignored.</summary>
    public virtual void Close()
    {
        lock (_gate)
        {
            _closed = true;
            _events.Clear();
            ReleaseWaiters();
        }
    }

    public bool TryDequeue(out QueuedEvent? agentEvent)
    {
        lock (_gate)
        {
            return _events.TryDequeue(out agentEvent);
        }
    }

    /// <summary>
    /// The oldest event, waiting up to <paramref name="wait"/> on <paramref name="time"/> for one to arrive; null when
    /// the wait ran out, the queue was closed or <paramref name="cancellationToken"/> fired.
    /// </summary>
    public async Task<QueuedEvent?> DequeueAsync(TimeSpan wait, TimeProvider time, CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + wait;
        while (true)
        {
            Task signal;
            lock (_gate)
            {
                if (_events.TryDequeue(out var next))
                {
                    return next;
                }

                if (_closed)
                {
                    return null;
                }

                signal = _signal.Task;
            }

            var remaining = deadline - time.GetUtcNow();
            if (remaining <= TimeSpan.Zero || cancellationToken.IsCancellationRequested)
            {
                return null;
            }

            using var stopDelay = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var delay = Task.Delay(remaining, time, stopDelay.Token);
            await Task.WhenAny(signal, delay).ConfigureAwait(false);
            await stopDelay.CancelAsync().ConfigureAwait(false);
        }
    }

    private void ReleaseWaiters()
    {
        var released = _signal;
        _signal = NewSignal();
        released.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
