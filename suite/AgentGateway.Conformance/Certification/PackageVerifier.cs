using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace AgentGateway.Conformance.Certification;

/// <summary>
/// Verifies a certification package as a certifier receives it, trusting nothing in it: the archive is read within
/// <see cref="PackageLimits"/>, the manifest must be a DSSE envelope in exactly the form the suite writes, the signature
/// (with a public key) is checked over the DSSE pre-authentication encoding before the statement is read, and then every
/// file must be a subject of the statement with the same SHA-256, and every subject a file.
/// </summary>
public static partial class PackageVerifier
{
    /// <summary>Verifies the package at <paramref name="path"/>, its signature with <paramref name="publicKey"/> when given.</summary>
    public static PackageVerification Verify(string path, ECDsa? publicKey, PackageLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        PackageContents contents;
        try
        {
            contents = PackageArchive.Read(path, limits ?? PackageLimits.Default);
        }
        catch (PackageUnreadableException e)
        {
            return new PackageVerification(VerificationStatus.Unreadable, [e.Message], null);
        }
        catch (PackageRefusedException e)
        {
            return PackageVerification.Failed(e.Message);
        }

        if (contents.Manifest is null)
        {
            return PackageVerification.Failed($"the manifest: the package holds no {CertificationPackage.ManifestName}.");
        }

        DsseEnvelope envelope;
        try
        {
            envelope = DsseEnvelope.Parse(contents.Manifest);
        }
        catch (FormatException e)
        {
            return PackageVerification.Failed($"the manifest: {CertificationPackage.ManifestName} is no DSSE envelope of this suite: {e.Message}.");
        }

        if (envelope.PayloadType != DsseEnvelope.InTotoPayloadType || envelope.Signatures.Count > 1)
        {
            return PackageVerification.Failed(
                $"the manifest: a package's envelope holds an {DsseEnvelope.InTotoPayloadType} payload and one signature or none, "
                + $"this one a '{envelope.PayloadType}' payload and {envelope.Signatures.Count} signatures.");
        }

        var signature = envelope.Signatures.SingleOrDefault();
        var body = envelope.Body();
        if (publicKey is not null && SignatureProblem(envelope, signature, body, publicKey) is { } wrong)
        {
            return PackageVerification.Failed(wrong);
        }

        CertificationStatement statement;
        try
        {
            statement = CertificationStatement.Parse(body);
        }
        catch (FormatException e)
        {
            return PackageVerification.Failed($"the manifest: {e.Message}.");
        }

        if (statement.Predicate.SigningKey != signature?.KeyId)
        {
            return PackageVerification.Failed(signature is null
                ? $"the signature: the statement says the package is signed with key {statement.Predicate.SigningKey}, and it carries "
                    + "no signature: it was removed."
                : $"the signature: the envelope names key {signature.KeyId}, the statement {statement.Predicate.SigningKey ?? "none"}.");
        }

        var problems = FileProblems(statement, contents.Files);
        if (problems.Count > 0)
        {
            return new PackageVerification(VerificationStatus.Failed, problems, null);
        }

        var status = publicKey is not null ? VerificationStatus.Verified
            : signature is not null ? VerificationStatus.SignatureNotChecked
            : VerificationStatus.NotSigned;
        return new PackageVerification(status, [], statement) { KeyId = signature?.KeyId };
    }

    /// <summary>Why the envelope's signature does not hold for <paramref name="publicKey"/>; null when it does.</summary>
    private static string? SignatureProblem(DsseEnvelope envelope, DsseSignature? signature, byte[] body, ECDsa publicKey)
    {
        var given = PackageKeys.Fingerprint(publicKey);
        if (signature is null)
        {
            return $"the signature: the package is UNSIGNED, so nothing in it was signed with the given key {given}.";
        }

        if (signature.KeyId != given)
        {
            return $"the signature: the package names key {signature.KeyId} as its signer, not the given key {given}.";
        }

        var pae = DsseEnvelope.Pae(envelope.PayloadType, body);
        return Verifies(publicKey, pae, Convert.FromBase64String(signature.Sig))
            ? null
            : $"the signature: it does not verify with the given key {given}: the manifest was changed after it was signed, or "
                + "another key signed it.";
    }

    private static bool Verifies(ECDsa publicKey, byte[] pae, byte[] sig)
    {
        try
        {
            return publicKey.VerifyData(pae, sig, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        }
        catch (CryptographicException)
        {
            // A signature that is no DER sequence of two integers verifies nothing.
            return false;
        }
    }

    /// <summary>Every difference between the statement's subjects and the archive's files, each naming its file.</summary>
    private static List<string> FileProblems(CertificationStatement statement, IReadOnlyList<PackageEntry> files)
    {
        var problems = new List<string>();
        var expected = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var subject in statement.Subject)
        {
            var name = subject.Name;
            if (!PackageArchive.SafeName().IsMatch(name) || name == CertificationPackage.ManifestName)
            {
                problems.Add($"the manifest: it names a subject '{name}' that no package file can be.");
            }
            else if (subject.Digest.Count != 1 || !subject.Digest.TryGetValue("sha256", out var sha256) || !Sha256Hex().IsMatch(sha256))
            {
                problems.Add($"the manifest: the digest of {name} is not one SHA-256 in lower-case hex.");
            }
            else if (!expected.TryAdd(name, sha256))
            {
                problems.Add($"the manifest: it names {name} more than once.");
            }
        }

        foreach (var file in files)
        {
            if (!expected.TryGetValue(file.Name, out var sha256))
            {
                problems.Add($"{file.Name}: in the package but not named in the manifest.");
            }
            else if (file.Sha256 != sha256)
            {
                problems.Add($"{file.Name}: its SHA-256 is {file.Sha256}, the manifest's {sha256}: the file was changed.");
            }
        }

        problems.AddRange(expected.Keys.Where(name => files.All(f => f.Name != name))
            .Select(name => $"{name}: named in the manifest but missing from the package."));
        return problems;
    }

    [GeneratedRegex(@"^[0-9a-f]{64}\z")]
    private static partial Regex Sha256Hex();
}
