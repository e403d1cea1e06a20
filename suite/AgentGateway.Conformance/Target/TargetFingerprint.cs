namespace AgentGateway.Conformance.Target;

/// <summary>What the run was made against, for the top of every report.</summary>
public sealed record TargetFingerprint
{
    public required string BaseUrl { get; init; }
    public required bool Embedded { get; init; }

    /// <summary>For the embedded gateway: its AUTHMODE, long poll and faults.</summary>
    public string? EmbeddedDescription { get; init; }

    public required string TlsTrust { get; init; }
    public required bool TlsVerificationDisabled { get; init; }
    public string? CertificateSha256 { get; init; }
    public string? ServerHeader { get; init; }
    public required IReadOnlyList<string> Agents { get; init; }
}
