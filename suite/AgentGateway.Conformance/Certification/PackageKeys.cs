using System.Formats.Asn1;
using System.Security.Cryptography;

namespace AgentGateway.Conformance.Certification;

/// <summary>A key file that cannot sign or check a certification package, with a message that says which file and why.</summary>
public sealed class PackageKeyException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Reads the ECDSA P-256 keys of certification packages from PEM files and names them by their fingerprint: the SHA-256,
/// in lower-case hex, of the public key's SubjectPublicKeyInfo DER, which is also the DSSE <c>keyid</c>.
/// </summary>
public static class PackageKeys
{
    /// <summary>The largest key file read: a PEM key is a few hundred bytes.</summary>
    private const long MaxFileBytes = 64 * 1024;

    private const string EcPublicKeyOid = "1.2.840.10045.2.1";
    private const string P256Oid = "1.2.840.10045.3.1.7";

    /// <summary>The names of the key algorithms a wrong key file most often holds, for the message that refuses it.</summary>
    private static readonly Dictionary<string, string> AlgorithmNames = new(StringComparer.Ordinal)
    {
        ["1.2.840.113549.1.1.1"] = "an RSA key",
        ["1.2.840.10040.4.1"] = "a DSA key",
        ["1.3.101.112"] = "an Ed25519 key",
        ["1.3.101.113"] = "an Ed448 key",
        ["1.3.101.110"] = "an X25519 key",
    };

    /// <summary>The fingerprint of <paramref name="key"/>'s public key.</summary>
    public static string Fingerprint(ECDsa key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()));
    }

    /// <summary>
    /// The private key in <paramref name="path"/>: PKCS#8 (<c>PRIVATE KEY</c>) or SEC1 (<c>EC PRIVATE KEY</c>), on the
    /// P-256 curve. Any other key, curve or PEM label is refused with a <see cref="PackageKeyException"/>.
    /// </summary>
    public static ECDsa ReadPrivateKey(string path)
    {
        var (label, der) = ReadPem(path, "PRIVATE KEY", "EC PRIVATE KEY");
        if (label == "PRIVATE KEY")
        {
            RequireEcAlgorithm(path, Pkcs8Algorithm(path, der));
        }

        return Imported(path, label, key =>
        {
            if (label == "PRIVATE KEY")
            {
                key.ImportPkcs8PrivateKey(der, out _);
            }
            else
            {
                key.ImportECPrivateKey(der, out _);
            }
        });
    }

    /// <summary>The public key in <paramref name="path"/> (<c>PUBLIC KEY</c>, a SubjectPublicKeyInfo), on the P-256 curve.</summary>
    public static ECDsa ReadPublicKey(string path)
    {
        var (_, der) = ReadPem(path, "PUBLIC KEY");
        RequireEcAlgorithm(path, SpkiAlgorithm(path, der));
        return Imported(path, "PUBLIC KEY", key => key.ImportSubjectPublicKeyInfo(der, out _));
    }

    /// <summary>A P-256 key that <paramref name="import"/> reads into; a key it cannot read, or on another curve, is refused.</summary>
    private static ECDsa Imported(string path, string label, Action<ECDsa> import)
    {
        var key = ECDsa.Create();
        try
        {
            import(key);
            RequireP256(path, key);
            return key;
        }
        catch (CryptographicException e)
        {
            key.Dispose();
            throw new PackageKeyException($"{path}: the {label} cannot be read ({e.Message}).", e);
        }
        catch (PackageKeyException)
        {
            key.Dispose();
            throw;
        }
    }

    private static (string Label, byte[] Der) ReadPem(string path, params string[] labels)
    {
        string text;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new PackageKeyException($"{path}: no such key file.");
            }

            if (info.Length > MaxFileBytes)
            {
                throw new PackageKeyException($"{path}: larger than {MaxFileBytes} bytes, too large for a PEM key file.");
            }

            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PackageKeyException($"{path}: cannot be read ({e.Message}).", e);
        }

        if (!PemEncoding.TryFind(text, out var fields))
        {
            throw new PackageKeyException($"{path}: not a PEM file; it needs a block of {string.Join(" or ", labels.Select(l => $"'{l}'"))}.");
        }

        var label = text[fields.Label];
        if (!labels.Contains(label, StringComparer.Ordinal))
        {
            throw new PackageKeyException(
                $"{path}: holds a PEM block '{label}'; an ECDSA P-256 key is needed as {string.Join(" or ", labels.Select(l => $"'{l}'"))}.");
        }

        return (label, Convert.FromBase64String(text[fields.Base64Data]));
    }

    /// <summary>The algorithm OID of a PKCS#8 PrivateKeyInfo: SEQUENCE { version, AlgorithmIdentifier, ... }.</summary>
    private static string Pkcs8Algorithm(string path, byte[] der) => ReadAlgorithm(path, der, skipVersion: true);

    /// <summary>The algorithm OID of a SubjectPublicKeyInfo: SEQUENCE { AlgorithmIdentifier, BIT STRING }.</summary>
    private static string SpkiAlgorithm(string path, byte[] der) => ReadAlgorithm(path, der, skipVersion: false);

    private static string ReadAlgorithm(string path, byte[] der, bool skipVersion)
    {
        try
        {
            var outer = new AsnReader(der, AsnEncodingRules.DER).ReadSequence();
            if (skipVersion)
            {
                _ = outer.ReadInteger();
            }

            return outer.ReadSequence().ReadObjectIdentifier();
        }
        catch (AsnContentException e)
        {
            throw new PackageKeyException($"{path}: the key is not valid DER ({e.Message}).", e);
        }
    }

    private static void RequireEcAlgorithm(string path, string oid)
    {
        if (oid != EcPublicKeyOid)
        {
            var what = AlgorithmNames.GetValueOrDefault(oid, $"a key of algorithm {oid}");
            throw new PackageKeyException($"{path}: holds {what}; certification packages are signed with ECDSA P-256 keys only.");
        }
    }

    private static void RequireP256(string path, ECDsa key)
    {
        var curve = key.ExportParameters(includePrivateParameters: false).Curve;
        if (!curve.IsNamed || curve.Oid.Value != P256Oid)
        {
            var name = curve.IsNamed ? curve.Oid.FriendlyName ?? curve.Oid.Value : "explicit curve parameters";
            throw new PackageKeyException($"{path}: an EC key on {name}; certification packages are signed with ECDSA P-256 keys only.");
        }
    }
}
