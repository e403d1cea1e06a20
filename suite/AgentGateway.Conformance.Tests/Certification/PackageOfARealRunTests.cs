using System.Collections.Concurrent;
using System.IO.Compression;
using AgentGateway.Conformance.Cli;
using AgentGateway.Conformance.Tests.Support;
using AgentGateway.Reference;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Certification;

/// <summary>
/// The certification package of a real run: the suite as a process, as a vendor runs it, against a reference gateway on
/// a socket of its own whose agents' passwords the test sets and whose every issued Guid it hears of (the Guid rotates
/// every 2 s, so the run sees several per agent). One run writes a signed package, a second one an unsigned package;
/// the tests verify them, edit them byte by byte, make hostile archives of them, and search them for secrets.
/// </summary>
[TestFixture]
public sealed partial class PackageOfARealRunTests
{
    private static readonly Dictionary<string, string> Passwords = new(StringComparer.Ordinal)
    {
        ["31001"] = "Cert-pw-one", ["31002"] = "Cert-pw-two", ["31003"] = "Cert-pw-three", ["31004"] = "Cert-pw-four",
    };

    private static readonly string[] ReportFiles = ["results.json", "conformance.html", "junit.xml"];

    private readonly ConcurrentQueue<string> _issuedGuids = new();
    private TestKeys _keys = null!;
    private SuiteProcess.Outcome _signedRun = null!;
    private SuiteProcess.Outcome _unsignedRun = null!;
    private string _signed = null!;
    private string _unsigned = null!;

    [OneTimeSetUp]
    public async Task RunTheSuiteTwiceAsync()
    {
        _keys = new TestKeys();
        _signed = Path.Combine(_keys.Folder, "signed.zip");
        _unsigned = Path.Combine(_keys.Folder, "unsigned.zip");
        var options = new ReferenceGatewayOptions
        {
            GuidInterval = TimeSpan.FromSeconds(2), GuidTimeout = TimeSpan.FromSeconds(4), GuidIssued = _issuedGuids.Enqueue,
        };
        foreach (var (id, password) in Passwords)
        {
            options.AgentPasswords[id] = password;
        }

        await using var gateway = await ReferenceGateway.StartAsync(options);
        var caFile = _keys.Write("gateway-ca.pem", gateway.ExportCertificatePem());
        string[] target =
        [
            "--target", gateway.BaseUri.ToString(), "--agents", string.Join(',', Passwords.Select(p => $"{p.Key}:{p.Value}")),
            "--ca-cert", caFile, "--authmode", "2", "--guid-interval", "2s",
        ];
        _signedRun = await SuiteProcess.RunAsync(
            [.. target, "--only", "HeaderEnforcement", "--package", _signed, "--signing-key", _keys.PrivateKey]);
        _unsignedRun = await SuiteProcess.RunAsync([.. target, "--only", "Methods", "--package", _unsigned]);
    }

    [OneTimeTearDown]
    public void RemoveKeysAndPackages() => _keys.Dispose();

    /// <summary>Verifies <paramref name="package"/> as <c>run.sh verify</c> does, with the public key file <paramref name="publicKey"/>.</summary>
    private static (int ExitCode, string Output) Verify(string package, string? publicKey)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = VerifyCommand.Run(publicKey is null ? [package] : [package, "--public-key", publicKey], output, error);
        return (exit, output.ToString() + error);
    }

    /// <summary>The archive's entries, in order, decompressed.</summary>
    private static List<(string Name, byte[] Bytes)> Entries(string package)
    {
        using var archive = ZipFile.OpenRead(package);
        return [.. archive.Entries.Select(e => (e.FullName, Read(e)))];

        static byte[] Read(ZipArchiveEntry entry)
        {
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }
    }

    /// <summary>A new archive of <paramref name="entries"/> in the keys' folder, named <paramref name="name"/>.</summary>
    private string Zip(string name, IEnumerable<(string Name, byte[] Bytes)> entries)
    {
        var path = Path.Combine(_keys.Folder, name);
        File.Delete(path);
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (entryName, bytes) in entries)
        {
            using var stream = archive.CreateEntry(entryName).Open();
            stream.Write(bytes);
        }

        return path;
    }

    /// <summary>The signed package with byte <paramref name="at"/> (a fraction of its length) of <paramref name="file"/> flipped.</summary>
    private string WithByteFlipped(string file, double at)
    {
        var entries = Entries(_signed);
        var (_, bytes) = entries.Single(e => e.Name == file);
        bytes[(int)(at * (bytes.Length - 1))] ^= 0x01;
        return Zip($"flipped-{file}-{at}.zip", entries);
    }

    [Test]
    public void Both_runs_wrote_their_package_and_said_so()
    {
        _signedRun.ExitCode.Should().Be(ExitCodes.Conformant, _signedRun.Output);
        _signedRun.Output.Should().Contain($"Certification package: {_signed}, signed with key {_keys.Fingerprint}");
        _unsignedRun.Output.Should().Contain($"Certification package: {_unsigned}, UNSIGNED (no --signing-key)");
        Entries(_signed).Select(e => e.Name).Should().Equal([.. ReportFiles, "manifest.dsse.json"]);
        _issuedGuids.Count.Should().BeGreaterThan(Passwords.Count, "the Guid rotated during the run");
    }

    [Test]
    public void Every_report_names_the_key_s_fingerprint()
    {
        var reports = Entries(_signed).ToDictionary(e => e.Name, e => System.Text.Encoding.UTF8.GetString(e.Bytes));

        reports["conformance.html"].Should().MatchRegex(
            $"(?s)<header[^>]*id=\"verdict\">.*Certification package signed with the ECDSA P-256 key of fingerprint <span class=\"mono\">{_keys.Fingerprint}</span>.*</header>");
        reports["results.json"].Should().Contain($"\"signingKeyFingerprint\": \"{_keys.Fingerprint}\"");
        reports["junit.xml"].Should().Contain($"<property name=\"package.signing-key\" value=\"{_keys.Fingerprint}\" />");
        _signedRun.Results.SigningKeyFingerprint.Should().Be(_keys.Fingerprint);
    }
}
