namespace AgentGateway.Conformance.Certification;

/// <summary>What <c>run.sh verify</c> found a package to be.</summary>
public enum VerificationStatus
{
    /// <summary>Every file matches the manifest and the manifest's signature verifies with the given public key.</summary>
    Verified,

    /// <summary>Every file matches the manifest; the manifest is signed, but no public key was given to check the signature.</summary>
    SignatureNotChecked,

    /// <summary>Every file matches the manifest, and the manifest carries no signature (and claims none).</summary>
    NotSigned,

    /// <summary>A file, the manifest or the signature does not hold; the problems name which.</summary>
    Failed,

    /// <summary>The package could not be read as a zip archive at all: missing, unreadable, too large, or no zip.</summary>
    Unreadable,
}

/// <summary>
/// The outcome of verifying a package: its status, the problems found (each naming a file, "the manifest" or "the
/// signature"), and, only when no problem was found, the statement whose claims may be shown.
/// </summary>
public sealed record PackageVerification(VerificationStatus Status, IReadOnlyList<string> Problems, CertificationStatement? Statement)
{
    /// <summary>The fingerprint of the key the manifest is signed with; null for an unsigned one.</summary>
    public string? KeyId { get; init; }

    public static PackageVerification Failed(params string[] problems) => new(VerificationStatus.Failed, problems, null);
}
