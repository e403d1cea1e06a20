using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace AgentGateway.Reference.Tls;

/// <summary>
/// Makes, loads and exports the gateway's TLS certificate. The self-signed one names 127.0.0.1 and localhost, so a
/// client can pin it (trust exactly this certificate) instead of turning verification off.
/// </summary>
public static class GatewayCertificates
{
    /// <summary>A new self-signed ECDSA P-256 certificate for 127.0.0.1 and localhost, valid from yesterday for a year.</summary>
    public static X509Certificate2 CreateSelfSigned(TimeProvider? timeProvider = null)
    {
        var now = (timeProvider ?? TimeProvider.System).GetUtcNow();
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=AgentGateway reference gateway", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var created = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));

        // A round trip through PKCS#12 gives a key that every platform's TLS stack can use.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
    }

    /// <summary>
    /// Loads a certificate with its key: a PFX/PKCS#12 file (optional password), or a PEM certificate with the key in
    /// <paramref name="keyPemPath"/> or in the same file.
    /// </summary>
    public static X509Certificate2 Load(string path, string? keyPemPath = null, string? password = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = File.ReadAllText(path);
        if (!text.Contains("-----BEGIN", StringComparison.Ordinal))
        {
            return X509CertificateLoader.LoadPkcs12FromFile(path, password);
        }

        using var pem = password is null
            ? X509Certificate2.CreateFromPemFile(path, keyPemPath)
            : X509Certificate2.CreateFromEncryptedPemFile(path, password, keyPemPath);
        return X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null);
    }

    /// <summary>The certificate (no key) as PEM text.</summary>
    public static string ExportPem(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return certificate.ExportCertificatePem() + "\n";
    }
}
