namespace AgentGateway.Conformance.Target;

/// <summary>What the run was made against, for the top of every report.</summary>
public sealed record TargetFingerprint
{
    public required string BaseUrl { get; init; }
    public required bool Embedded { get; init; }

    /// <summary>For the embedded gateway: its AUTHMODE, long poll and faults.</summary>
    public string? EmbeddedDescription { get; init; }

    public required string TlsTrust { get; init; }

    /// <summary>The name of the CA file trusted, when a CA file was given; the reports' curl lines name it.</summary>
    public string? CaFile { get; init; }
    public required bool TlsVerificationDisabled { get; init; }
    public string? CertificateSha256 { get; init; }
    public string? ServerHeader { get; init; }
    public required IReadOnlyList<string> Agents { get; init; }

    /// <summary>The AUTHMODE declared for the target ("1", "2" or "auto"); the embedded gateway's own.</summary>
    public string? AuthModeDeclared { get; init; }

    /// <summary>How many times the gateway handed an agent a new Guid after its sign-in during the run.</summary>
    public int GuidRotationsObserved { get; init; }

    /// <summary>What the run saw of the AUTHMODE, in words.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string AuthModeObserved => GuidRotationsObserved > 0
        ? $"2: the Guid rotated {GuidRotationsObserved} time{(GuidRotationsObserved == 1 ? "" : "s")}"
        : "no rotation seen: AUTHMODE 1, or a GUIDINTERVAL longer than the suite kept an agent signed in";
}
