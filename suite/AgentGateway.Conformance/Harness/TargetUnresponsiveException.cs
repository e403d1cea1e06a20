namespace AgentGateway.Conformance.Harness;

/// <summary>
/// A request was not sent because the gateway had stopped answering (see <see cref="Target.TargetHealth"/>): the
/// check cannot judge its requirement and ends as SKIP with this reason. The requests that timed out are judged by
/// the checks that sent them.
/// </summary>
public sealed class TargetUnresponsiveException : Exception
{
    public TargetUnresponsiveException(string message)
        : base($"Not decidable on this target: {message}")
    {
    }

    public TargetUnresponsiveException(string message, Exception innerException)
        : base($"Not decidable on this target: {message}", innerException)
    {
    }
}
