using System.Collections.Concurrent;

namespace AgentGateway.Conformance.Results;

/// <summary>Gathers the results of the checks as they finish, from parallel fixtures.</summary>
public sealed class ResultCollector
{
    private readonly ConcurrentQueue<CheckResult> _checks = new();

    /// <summary>Raised after each check, on the thread that ran it.</summary>
    public event Action<CheckResult>? Added;

    public void Add(CheckResult result)
    {
        _checks.Enqueue(result);
        Added?.Invoke(result);
    }

    /// <summary>The results so far, in a stable order: by area, fixture and name.</summary>
    public IReadOnlyList<CheckResult> Snapshot() =>
        [.. _checks.OrderBy(c => c.Area, StringComparer.Ordinal).ThenBy(c => c.Fixture, StringComparer.Ordinal).ThenBy(c => c.Name, StringComparer.Ordinal)];
}
