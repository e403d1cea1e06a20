namespace AgentGateway.Conformance.Harness;

/// <summary>
/// The run was interrupted (Ctrl+C, a cancellation) before the check could finish, or before it started: the check
/// ends as SKIP with this reason, sends nothing more, and its teardown still releases its calls and signs its agents out.
/// </summary>
public sealed class RunInterruptedException : Exception
{
    public RunInterruptedException(string reason)
        : base($"Not decided: the run was interrupted ({reason}) before this check could finish.")
    {
    }

    public RunInterruptedException()
        : base("Not decided: the run was interrupted before this check could finish.")
    {
    }

    public RunInterruptedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
