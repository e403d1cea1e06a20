using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace AgentGateway.Conformance.Target;

/// <summary>
/// How the suite decides whether to trust the target's certificate: one pinned certificate (the embedded
/// gateway's), a CA file, the machine's trust store, or nothing at all when the user asked for that.
/// It also keeps the SHA-256 of the certificate the target presented, for the report.
/// </summary>
public sealed class TlsTrust
{
    private readonly X509Certificate2? _pinned;
    private readonly X509Certificate2Collection? _roots;

    private TlsTrust(
        string description, bool verificationDisabled, X509Certificate2? pinned, X509Certificate2Collection? roots, string? caFileName = null)
    {
        Description = description;
        CaFileName = caFileName;
        VerificationDisabled = verificationDisabled;
        _pinned = pinned;
        _roots = roots;
    }

    public string Description { get; }

    /// <summary>The name of the CA file trusted, for the <c>curl --cacert</c> lines of the reports; null for other trust.</summary>
    public string? CaFileName { get; }
    public bool VerificationDisabled { get; }

    /// <summary>SHA-256 of the server certificate, hex, once a TLS connection was made.</summary>
    public string? PresentedCertificateSha256 { get; private set; }

    public static TlsTrust Pinned(X509Certificate2 certificate) =>
        new($"pinned to the embedded gateway's certificate", false, certificate, null);

    public static TlsTrust FromCaFile(string path)
    {
        var roots = new X509Certificate2Collection();
        roots.ImportFromPemFile(path);
        return new TlsTrust($"CA file {Path.GetFileName(path)}", false, null, roots, Path.GetFileName(path));
    }

    public static TlsTrust System() => new("the machine's trust store", false, null, null);

    public static TlsTrust Disabled() => new("VERIFICATION DISABLED (--insecure)", true, null, null);

    public bool Validate(X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (certificate is not null)
        {
            PresentedCertificateSha256 = Convert.ToHexString(SHA256.HashData(certificate.GetRawCertData()));
        }

        if (VerificationDisabled)
        {
            return true;
        }

        if (certificate is null)
        {
            return false;
        }

        if (_pinned is not null)
        {
            return _pinned.RawDataMemory.Span.SequenceEqual(certificate.GetRawCertData());
        }

        if (_roots is not null)
        {
            return ChainsTo(certificate, errors);
        }

        return errors == SslPolicyErrors.None;
    }

    private bool ChainsTo(X509Certificate certificate, SslPolicyErrors errors)
    {
        var roots = _roots!;
        // A name mismatch is not forgiven by a custom root; only the chain is judged against it.
        if ((errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0)
        {
            return false;
        }

        using var leaf = new X509Certificate2(certificate);
        if (roots.Any(root => root.RawDataMemory.Span.SequenceEqual(leaf.RawDataMemory.Span)))
        {
            return true;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(roots);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(leaf);
    }
}
