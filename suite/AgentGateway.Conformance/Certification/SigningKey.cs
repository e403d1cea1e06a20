using System.Security.Cryptography;

namespace AgentGateway.Conformance.Certification;

/// <summary>
/// The ECDSA P-256 private key a run signs its certification package with (<c>--signing-key</c>), read once when the
/// settings are loaded so that a wrong key stops the run before it starts. It prints as its fingerprint only.
/// </summary>
public sealed class SigningKey
{
    private readonly byte[] _pkcs8;

    private SigningKey(byte[] pkcs8, string fingerprint)
    {
        _pkcs8 = pkcs8;
        Fingerprint = fingerprint;
    }

    /// <summary>The SHA-256 hex of the public key's SubjectPublicKeyInfo DER: the DSSE <c>keyid</c>.</summary>
    public string Fingerprint { get; }

    /// <summary>The key in the PEM file <paramref name="path"/>; see <see cref="PackageKeys.ReadPrivateKey"/>.</summary>
    public static SigningKey Load(string path)
    {
        using var key = PackageKeys.ReadPrivateKey(path);
        return new SigningKey(key.ExportPkcs8PrivateKey(), PackageKeys.Fingerprint(key));
    }

    /// <summary>
    /// An ECDSA P-256 signature of SHA-256(<paramref name="data"/>), DER-encoded (the ASN.1 SEQUENCE of r and s) as
    /// sigstore and cosign write it.
    /// </summary>
    public byte[] Sign(byte[] data)
    {
        using var key = ECDsa.Create();
        key.ImportPkcs8PrivateKey(_pkcs8, out _);
        return key.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
    }

    public override string ToString() => $"ECDSA P-256 key {Fingerprint}";
}
