using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Faults;

namespace AgentGateway.Reference.Variations;

/// <summary>
/// events-delayed: an event queue that takes each event only a fixed delay after it was offered, stamped with the time
/// it arrives, as a CTI platform reports events after the call that caused them has been answered. Events arrive in
/// the order they were offered, on one timer of the gateway's <see cref="TimeProvider"/>, so a fake clock drives them.
/// A sync clears only what has arrived; closing the queue (sign-out, session end) drops what is still on its way.
/// </summary>
internal sealed class DelayedEventQueue : EventQueue
{
    private readonly Lock _pendingGate = new();
    private readonly Queue<(QueuedEvent Event, DateTimeOffset Due)> _pending = new();
    private readonly TimeProvider _time;
    private readonly TimeSpan _delay;
    private readonly ITimer _timer;
    private bool _closing;

    private DelayedEventQueue(TimeProvider time, TimeSpan delay, FaultHooks faults)
        : base(faults)
    {
        _time = time;
        _delay = delay;
        _timer = time.CreateTimer(static state => ((DelayedEventQueue)state!).Arrive(), this, Timeout.InfiniteTimeSpan,
            Timeout.InfiniteTimeSpan);
    }

    /// <summary>Events offered that have not arrived yet.</summary>
    public int Pending
    {
        get
        {
            lock (_pendingGate)
            {
                return _pending.Count;
            }
        }
    }

    /// <summary>The queue for a new session: a delayed one when the variation is on, the plain one otherwise.</summary>
    public static EventQueue For(GatewaySettings settings, TimeProvider time) =>
        settings.Has(GatewayVariation.EventsDelayed) && settings.EventDelay > TimeSpan.Zero
            ? new DelayedEventQueue(time, settings.EventDelay, settings.Faults)
            : new EventQueue(settings.Faults);

    public override void Enqueue(QueuedEvent agentEvent)
    {
        lock (_pendingGate)
        {
            if (_closing)
            {
                return;
            }

            _pending.Enqueue((agentEvent, _time.GetUtcNow() + _delay));
            if (_pending.Count == 1)
            {
                _timer.Change(_delay, Timeout.InfiniteTimeSpan);
            }
        }
    }

    public override void Close()
    {
        lock (_pendingGate)
        {
            _closing = true;
            _pending.Clear();
            _timer.Dispose();
        }

        base.Close();
    }

    /// <summary>
    /// The timer fired for the oldest pending event: it arrives, with every later one that is due by now, and the timer
    /// is set for the next.
    /// </summary>
    private void Arrive()
    {
        lock (_pendingGate)
        {
            if (_closing || _pending.Count == 0)
            {
                return;
            }

            var now = _time.GetUtcNow();
            do
            {
                base.Enqueue(_pending.Dequeue().Event with { GeneratedAt = now });
            }
            while (_pending.Count > 0 && _pending.Peek().Due <= now);

            if (_pending.Count > 0)
            {
                _timer.Change(_pending.Peek().Due - now, Timeout.InfiniteTimeSpan);
            }
        }
    }
}
