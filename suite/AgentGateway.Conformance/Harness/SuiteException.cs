namespace AgentGateway.Conformance.Harness;

/// <summary>
/// Something went wrong on the suite's side (the harness was misused, the suite's own budget ran out): the check ends
/// as ERROR, never as a FAIL of the gateway. A step the gateway refuses is an <see cref="UndecidableException"/>.
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
