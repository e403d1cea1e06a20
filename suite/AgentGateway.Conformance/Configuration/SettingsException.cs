namespace AgentGateway.Conformance.Configuration;

/// <summary>The configuration cannot be used; the message says which setting and how to fix it.</summary>
public sealed class SettingsException : Exception
{
    public SettingsException(string message)
        : base(message)
    {
    }

    public SettingsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SettingsException()
    {
    }
}
