using System.Security.Cryptography;

namespace AgentGateway.Conformance.Tests.Certification;

/// <summary>
/// Keys made for one test run in a temporary folder, never checked in: a P-256 signing key (PKCS#8), its public key,
/// and the public key of another P-256 key.
/// </summary>
internal sealed class TestKeys : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("agw-keys-");

    public TestKeys()
    {
        using var signer = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        PrivateKey = Write("signing.pem", signer.ExportPkcs8PrivateKeyPem());
        PublicKey = Write("signing.pub.pem", signer.ExportSubjectPublicKeyInfoPem());
        OtherPublicKey = Write("other.pub.pem", other.ExportSubjectPublicKeyInfoPem());
        SubjectPublicKeyInfo = signer.ExportSubjectPublicKeyInfo();
        Fingerprint = Convert.ToHexStringLower(SHA256.HashData(SubjectPublicKeyInfo));
    }

    public string PrivateKey { get; }

    public string PublicKey { get; }

    public string OtherPublicKey { get; }

    public byte[] SubjectPublicKeyInfo { get; }

    /// <summary>SHA-256 hex of the signing key's SubjectPublicKeyInfo DER, computed here rather than by the suite.</summary>
    public string Fingerprint { get; }

    public string Folder => _folder.FullName;

    public string Write(string name, string text)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
