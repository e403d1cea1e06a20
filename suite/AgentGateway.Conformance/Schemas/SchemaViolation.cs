namespace AgentGateway.Conformance.Schemas;

/// <summary>
/// One schema error: the NJsonSchema error kind (such as <c>PropertyRequired</c> or <c>NotInEnumeration</c>) and the JSON path
/// of the offending value (such as <c>$.result.agentStateInfo.state</c>).
/// </summary>
public sealed record SchemaViolation(string Kind, string Path)
{
    /// <summary>The kind given for a body that is not JSON at all.</summary>
    public const string InvalidJson = "InvalidJson";

    /// <inheritdoc />
    public override string ToString() => $"{Kind} at {Path}";
}
