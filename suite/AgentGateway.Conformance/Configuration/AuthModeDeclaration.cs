namespace AgentGateway.Conformance.Configuration;

/// <summary>
/// What the user declares about the target's AUTHMODE. A declared mode spares the run the wait for a rotation that
/// cannot come (AUTHMODE 1) or sizes that wait from GUIDINTERVAL (AUTHMODE 2); auto observes what the gateway does.
/// </summary>
public enum AuthModeDeclaration
{
    /// <summary>Not declared: the rotation checks wait for a rotation within the rotation budget.</summary>
    Auto,

    /// <summary>AUTHMODE 1: one Guid for the whole session; the rotation checks are skipped.</summary>
    Static,

    /// <summary>AUTHMODE 2: the Guid rotates every GUIDINTERVAL.</summary>
    Rotating,
}
