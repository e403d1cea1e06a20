namespace AgentGateway.Conformance.Harness;

/// <summary>
/// The gateway refused or withheld a step the check needs (a sign-in, a state change, a successful sync, the event
/// confirming a change), so the check cannot judge its own requirement: it ends as SKIP with this reason, never as
/// a FAIL or a suite ERROR. The refusal itself is judged by the checks of the requirement it breaks.
/// </summary>
public sealed class UndecidableException : Exception
{
    public UndecidableException(string message)
        : base($"Not decidable on this target: {message}")
    {
    }

    public UndecidableException(string message, Exception innerException)
        : base($"Not decidable on this target: {message}", innerException)
    {
    }
}
