using System.Globalization;

namespace AgentGateway.Conformance.Target;

/// <summary>
/// Counts the requests of a run that got no complete answer within their budget. Once
/// <see cref="TimeoutsBeforeGivingUp"/> have timed out the gateway is taken to have stopped answering: later requests
/// are not sent, so a silent gateway ends the run in a few budgets instead of one budget per request.
/// </summary>
public sealed class TargetHealth
{
    /// <summary>How many timed-out requests end the run's patience.</summary>
    public const int TimeoutsBeforeGivingUp = 2;

    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private int _timeouts;
    private string? _first;

    public TargetHealth(TimeProvider time)
    {
        _time = time;
    }

    /// <summary>How many requests timed out so far.</summary>
    public int TimedOutRequests
    {
        get
        {
            lock (_lock)
            {
                return _timeouts;
            }
        }
    }

    /// <summary>True once enough requests timed out; no request is sent after that.</summary>
    public bool StoppedAnswering => TimedOutRequests >= TimeoutsBeforeGivingUp;

    /// <summary>Why requests are no longer sent, naming the first that timed out.</summary>
    public string Reason
    {
        get
        {
            lock (_lock)
            {
                return $"the gateway stopped answering ({_timeouts} requests timed out, the first: {_first})";
            }
        }
    }

    /// <summary>Counts a request (e.g. "POST https://host/…/syncagentinfo") that timed out.</summary>
    public void RecordTimeout(string request)
    {
        var at = _time.GetUtcNow().ToString("HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        lock (_lock)
        {
            _timeouts++;
            _first ??= $"{request} at {at}";
        }
    }
}
