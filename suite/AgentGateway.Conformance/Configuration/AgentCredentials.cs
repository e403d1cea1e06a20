namespace AgentGateway.Conformance.Configuration;

/// <summary>
/// A test agent the suite may sign in: its work number, CTI password and softphone number.
/// </summary>
public sealed record AgentCredentials(string Id, string Password, string PhoneNumber)
{
    /// <summary>Shows the agent without its password, so settings can be printed and logged.</summary>
    public override string ToString() => $"{Id} (phone {PhoneNumber})";
}
