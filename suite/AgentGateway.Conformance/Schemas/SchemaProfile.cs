namespace AgentGateway.Conformance.Schemas;

/// <summary>
/// Which reading of the published value types a run certifies against. The compatible schema is the MUST level in both;
/// the strict profile adds the exact table types, whose violations are reported as WARN.
/// </summary>
public enum SchemaProfile
{
    /// <summary>Strings may be null; millisecond timestamps may be a string of digits, an integer, "" or null.</summary>
    Compatible,

    /// <summary>Exactly the table types: strings are strings, millisecond timestamps are strings of digits or "".</summary>
    Strict,
}
