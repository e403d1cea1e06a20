namespace AgentGateway.Conformance.Requirements;

/// <summary>
/// How a violation of a requirement is reported: a MUST violation is a FAIL, a SHOULD violation a WARN.
/// </summary>
public enum RequirementLevel
{
    Must,
    Should,
}
