namespace AgentGateway.Conformance.Schemas;

/// <summary>
/// One schema error: its kind (such as <see cref="SchemaViolationKind.PropertyRequired"/> or
/// <see cref="SchemaViolationKind.NotInEnumeration"/>) and the JSON path of the offending value (such as
/// <c>$.result.agentStateInfo.state</c>).
/// </summary>
public sealed record SchemaViolation(SchemaViolationKind Kind, string Path)
{
    /// <summary>"Kind at Path", as the reports show a violation.</summary>
    public override string ToString() => $"{Kind} at {Path}";
}
