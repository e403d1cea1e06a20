using System.Globalization;
using System.Security.Cryptography;
using AgentGateway.Conformance.Certification;

namespace AgentGateway.Conformance.Cli;

/// <summary>
/// <c>./run.sh verify PACKAGE [--public-key FILE]</c>: checks a certification package as a certifier receives it and
/// prints what it claims only when all of it holds; the exit code is one of <see cref="VerifyExitCodes"/>.
/// </summary>
public static class VerifyCommand
{
    /// <summary>The command's first word: <c>./run.sh verify ...</c>.</summary>
    public const string Name = "verify";

    private static readonly string Usage = $"Usage: {CommandName.Current} verify PACKAGE [--public-key FILE]";

    /// <summary>The text of <c>verify --help</c>.</summary>
    public static string HelpText() => string.Join(Environment.NewLine,
        Usage,
        "",
        $"Verifies a certification package written by {CommandName.Current} --package: every file in it must be named in its manifest",
        "with the same SHA-256, every file the manifest names must be in it, and, with --public-key, the manifest's",
        "ECDSA P-256 signature (DSSE, DER-encoded) must verify with that key. Only then does it print what the package",
        "claims: the verdict, the target, the date, the suite's version and source revision, and the key's fingerprint.",
        "The archive is read as untrusted input: its size, its number of entries and each entry's size are capped, and",
        "path traversal, duplicate names and files the manifest does not name are refused.",
        "",
        "  --public-key FILE        the signer's public key, PEM \"PUBLIC KEY\" (SubjectPublicKeyInfo); without it the",
        "                           signature is not checked",
        "",
        "Exit codes: 0 verified (the files match the manifest and its signature verifies with the given key), 1 verification",
        "failed (a changed file, manifest or signature, a file added or missing, a hostile archive, another key's",
        "signature, an unsigned package when a key was given), 2 bad options or unreadable input (no such file, too",
        "large, no zip archive, an unreadable public key), 3 not authenticated: the files match the manifest but no",
        "signature was checked, because none was given with --public-key (first line SIGNATURE NOT CHECKED) or the",
        "package is unsigned (first line UNSIGNED).");

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        string? package = null;
        string? keyFile = null;
        for (var i = 0; i < args.Count; i++)
        {
            var eq = args[i].StartsWith("--", StringComparison.Ordinal) ? args[i].IndexOf('=', StringComparison.Ordinal) : -1;
            var (name, inline) = eq > 0 ? (args[i][..eq], args[i][(eq + 1)..]) : (args[i], null);
            switch (name)
            {
                case "-h" or "--help":
                    output.WriteLine(HelpText());
                    return VerifyExitCodes.Verified;
                case "--public-key" when inline is not null || (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal)):
                    keyFile = inline ?? args[++i];
                    break;
                default:
                    if (package is not null || name.StartsWith('-'))
                    {
                        error.WriteLine($"verify: unexpected argument '{args[i]}'. {Usage}  ({CommandName.Current} verify --help)");
                        return VerifyExitCodes.BadInput;
                    }

                    package = args[i];
                    break;
            }
        }

        if (package is null)
        {
            error.WriteLine($"verify: which package? {Usage}  ({CommandName.Current} verify --help)");
            return VerifyExitCodes.BadInput;
        }

        ECDsa? key = null;
        try
        {
            key = keyFile is null ? null : PackageKeys.ReadPublicKey(keyFile);
            return Report(PackageVerifier.Verify(package, key), output, error);
        }
        catch (PackageKeyException e)
        {
            error.WriteLine($"verify: --public-key {e.Message}");
            return VerifyExitCodes.BadInput;
        }
        finally
        {
            key?.Dispose();
        }
    }

    private static int Report(PackageVerification verification, TextWriter output, TextWriter error)
    {
        switch (verification.Status)
        {
            case VerificationStatus.Unreadable:
                Write(error, $"verify: {string.Join(" ", verification.Problems)}");
                return VerifyExitCodes.BadInput;
            case VerificationStatus.Failed:
                Write(output, "VERIFICATION FAILED: the package is not as it was written. Nothing it claims can be relied on.");
                foreach (var problem in verification.Problems)
                {
                    Write(output, $"  {problem}");
                }

                return VerifyExitCodes.Failed;
            case VerificationStatus.Verified:
                Write(output, $"VERIFIED: every file matches the manifest, and its signature verifies with the given key {verification.KeyId}.");
                break;
            case VerificationStatus.SignatureNotChecked:
                Write(output, $"SIGNATURE NOT CHECKED: every file matches the manifest, which is signed with key {verification.KeyId}, "
                    + "but no --public-key was given, so the signature was not checked: anyone could have written these claims. "
                    + "Give the signer's public key to verify it.");
                break;
            default:
                Write(output, "UNSIGNED: the package carries no signature. Every file matches the manifest, but anyone who edits a "
                    + "file can rewrite the manifest too: nothing here is authenticated.");
                break;
        }

        Claims(verification.Statement!, output);
        return verification.Status == VerificationStatus.Verified ? VerifyExitCodes.Verified : VerifyExitCodes.NotAuthenticated;
    }

    private static void Claims(CertificationStatement statement, TextWriter output)
    {
        var claims = statement.Predicate;
        var verdict = claims.Verdict;
        var target = claims.Target;
        Write(output, "The package claims:");
        Line("verdict", $"{verdict.Wording} ({verdict.Checks} checks: "
            + string.Join(", ", verdict.Counts.Select(c => $"{c.Value} {c.Key.ToUpperInvariant()}")) + ")");
        Line("target", target is null
            ? "none: the run stopped before a target was resolved"
            : $"{target.Url}{(target.Embedded ? " (the embedded reference gateway)" : "")}");
        Line("TLS certificate", target?.TlsCertificateSha256 is { } certificate ? $"SHA-256 {certificate}" : "none seen");
        Line("Server header", target?.ServerHeader ?? "not sent");
        Line("date", $"{Utc(claims.Started, "yyyy-MM-dd HH:mm:ss")} UTC to {Utc(claims.Finished, "yyyy-MM-dd HH:mm:ss")} UTC");
        Line("suite version", claims.Suite.Version);
        Line("source revision", claims.Suite.SourceRevision);
        Line("signing key", claims.SigningKey ?? "none: the package is unsigned");
        Line("profile", $"{claims.Profile}, edition {claims.Edition}, seed {claims.Seed.ToString(CultureInfo.InvariantCulture)}");
        Line("files", string.Join(", ", statement.Subject.Select(s => s.Name)));

        void Line(string name, string value) => Write(output, $"  {name + ":",-17} {value}");
    }

    /// <summary>
    /// Writes a line that may quote the package, with every control and format character (an escape sequence, a
    /// bidirectional override) shown as '?': what an untrusted package says must not rewrite what the console shows.
    /// </summary>
    private static void Write(TextWriter writer, string line) =>
        writer.WriteLine(string.Concat(line.Select(c => char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format ? '?' : c)));

    private static string Utc(DateTimeOffset time, string format) => time.UtcDateTime.ToString(format, CultureInfo.InvariantCulture);
}
