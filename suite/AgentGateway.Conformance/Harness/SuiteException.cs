namespace AgentGateway.Conformance.Harness;

/// <summary>
/// Something went wrong on the suite's side (a precondition could not be set up, the suite's own budget ran out):
/// the check ends as ERROR, never as a FAIL of the gateway.
/// </summary>
public sealed class SuiteException : Exception
{
    public SuiteException(string message)
        : base(message)
    {
    }

    public SuiteException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SuiteException()
    {
    }
}
