using System.IO.Compression;
using System.Security.Cryptography;
using AgentGateway.Conformance.Configuration;
using AgentGateway.Conformance.Results;

namespace AgentGateway.Conformance.Certification;

/// <summary>
/// Writes a run's certification package (<c>--package FILE</c>): one zip archive holding the run's reports and
/// <c>manifest.dsse.json</c>, a DSSE envelope of an in-toto statement that names every report with its SHA-256 and
/// claims what the run was (<see cref="CertificationPredicate"/>), signed with the <c>--signing-key</c> or unsigned.
/// <c>run.sh verify</c> reads it back (<see cref="PackageVerifier"/>).
/// </summary>
public static class CertificationPackage
{
    /// <summary>The manifest's name in the archive.</summary>
    public const string ManifestName = "manifest.dsse.json";

    /// <summary>
    /// Writes the package of <paramref name="run"/> to <paramref name="path"/>, holding the files <paramref name="reports"/>;
    /// the archive is complete or absent, never half written.
    /// </summary>
    public static void Write(string path, RunResult run, IReadOnlyList<string> reports, PackageInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(inputs);
        var files = reports.Select(r => (Name: Path.GetFileName(r), Bytes: File.ReadAllBytes(r))).ToList();
        var predicate = CertificationPredicate.Of(
            run,
            RunOptions.Of(inputs.Settings, inputs.OnlyAreas, inputs.Redact),
            JudgedFiles.Catalogue(),
            JudgedFiles.Schemas(inputs.Settings.Profile));
        var statement = CertificationStatement.Of(files.Select(f => (f.Name, Convert.ToHexStringLower(SHA256.HashData(f.Bytes)))), predicate);
        var manifest = DsseEnvelope.Seal(DsseEnvelope.InTotoPayloadType, statement.ToBytes(), inputs.Settings.SigningKey).ToBytes();

        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var partial = full + ".partial";
        try
        {
            using (var archive = ZipFile.Open(partial, ZipArchiveMode.Create))
            {
                foreach (var (name, bytes) in files.Append((ManifestName, manifest)))
                {
                    var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
                    entry.LastWriteTime = run.Finished;
                    using var stream = entry.Open();
                    stream.Write(bytes);
                }
            }

            File.Move(partial, full, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
    }
}

/// <summary>
/// What a package needs beside the run and its reports: the settings the run used (with the signing key), the areas it
/// was limited to, and the run's redaction of secrets.
/// </summary>
public sealed record PackageInputs(SuiteSettings Settings, IReadOnlyList<string> OnlyAreas, Func<string, string> Redact);
