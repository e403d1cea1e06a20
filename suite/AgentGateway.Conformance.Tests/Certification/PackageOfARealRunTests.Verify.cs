using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgentGateway.Conformance.Cli;
using AgentGateway.Conformance.Tests.Support;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Certification;

public sealed partial class PackageOfARealRunTests
{
    /// <summary>The manifest's own form: indented, base64's '+' and '/' as themselves.</summary>
    private static readonly JsonSerializerOptions Manifest = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Test]
    public async Task The_signed_package_verifies_with_its_public_key_and_its_claims_are_printed()
    {
        var verify = await SuiteProcess.RunAsync(["verify", _signed, "--public-key", _keys.PublicKey], reports: false);

        verify.ExitCode.Should().Be(VerifyExitCodes.Verified, verify.Output);
        var lines = verify.Output.Split('\n');
        lines[0].Should().StartWith($"VERIFIED: every file matches the manifest, and its signature verifies with the given key {_keys.Fingerprint}");
        var run = _signedRun.Results;
        verify.Output.Should().Contain($"verdict:          {run.Summary.Wording} ({run.Checks.Count} checks: ")
            .And.Contain($"target:           {run.Target!.BaseUrl}")
            .And.Contain($"TLS certificate:  SHA-256 {run.Target.CertificateSha256}")
            .And.Contain($"date:             {run.Started.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC to ")
            .And.Contain($"suite version:    {run.SuiteVersion}")
            .And.MatchRegex("source revision:  ([0-9a-f]{40}|unknown)")
            .And.Contain($"signing key:      {_keys.Fingerprint}")
            .And.Contain("files:            results.json, conformance.html, junit.xml");
    }

    [Test]
    public void The_signed_package_without_a_public_key_checks_the_hashes_only_and_says_the_signature_was_not_checked()
    {
        var (exit, output) = Verify(_signed, null);

        exit.Should().Be(VerifyExitCodes.NotAuthenticated, output);
        output.Should().StartWith($"SIGNATURE NOT CHECKED: every file matches the manifest, which is signed with key {_keys.Fingerprint}")
            .And.Contain("no --public-key was given");
    }

    [Test]
    public void Another_public_key_fails_and_names_the_signature()
    {
        var (exit, output) = Verify(_signed, _keys.OtherPublicKey);

        exit.Should().Be(VerifyExitCodes.Failed, output);
        output.Should().StartWith("VERIFICATION FAILED").And.Contain($"the signature: the package names key {_keys.Fingerprint} as its signer")
            .And.NotContain("verdict:");
    }

    [Test]
    public void The_unsigned_package_says_so_and_fails_when_a_key_was_given()
    {
        _unsignedRun.ExitCode.Should().Be(ExitCodes.Conformant, _unsignedRun.Output);

        var (exit, output) = Verify(_unsigned, null);
        exit.Should().Be(VerifyExitCodes.NotAuthenticated, output);
        output.Should().StartWith("UNSIGNED: the package carries no signature").And.Contain("signing key:      none: the package is unsigned");

        var (keyed, keyedOutput) = Verify(_unsigned, _keys.PublicKey);
        keyed.Should().Be(VerifyExitCodes.Failed, keyedOutput);
        keyedOutput.Should().Contain("the signature: the package is UNSIGNED").And.NotContain("verdict:");
    }

    [TestCase("results.json", 0.0)]
    [TestCase("results.json", 0.5)]
    [TestCase("conformance.html", 0.5)]
    [TestCase("conformance.html", 1.0)]
    [TestCase("junit.xml", 0.5)]
    public void A_byte_changed_in_a_report_fails_and_names_the_report(string file, double at)
    {
        var (exit, output) = Verify(WithByteFlipped(file, at), _keys.PublicKey);

        exit.Should().Be(VerifyExitCodes.Failed, output);
        output.Should().Contain($"  {file}: its SHA-256 is ").And.Contain("the file was changed").And.NotContain("verdict:");
        Verify(WithByteFlipped(file, at), null).ExitCode.Should().Be(VerifyExitCodes.Failed, "the hashes alone catch it too");
    }

    [Test]
    public void Any_byte_changed_in_the_manifest_fails_and_names_the_manifest_or_the_signature()
    {
        var length = Entries(_signed).Single(e => e.Name == "manifest.dsse.json").Bytes.Length;
        var failures = new List<string>();
        for (var at = 0; at < length; at += Math.Max(1, length / 97))
        {
            var (exit, output) = Verify(WithByteFlipped("manifest.dsse.json", at / (double)(length - 1)), _keys.PublicKey);
            if (exit != VerifyExitCodes.Failed || !(output.Contains("  the manifest: ", StringComparison.Ordinal)
                || output.Contains("  the signature: ", StringComparison.Ordinal)))
            {
                failures.Add($"byte {at}: exit {exit}: {output}");
            }
        }

        failures.Should().BeEmpty();
    }

    [Test]
    public void A_signature_removed_from_the_manifest_fails_even_without_a_key()
    {
        var entries = Entries(_signed);
        var index = entries.FindIndex(e => e.Name == "manifest.dsse.json");
        var manifest = JsonNode.Parse(entries[index].Bytes)!;
        manifest["signatures"] = new JsonArray();
        entries[index] = (entries[index].Name, Encoding.UTF8.GetBytes(manifest.ToJsonString(Manifest) + "\n"));

        var (exit, output) = Verify(Zip("stripped.zip", entries), null);

        exit.Should().Be(VerifyExitCodes.Failed, output);
        output.Should().Contain("the signature: the statement says the package is signed with key").And.Contain("it was removed");
    }

    [Test]
    public async Task A_package_that_cannot_be_written_fails_the_run_with_exit_2()
    {
        var blocked = Path.Combine(_keys.PublicKey, "cert.zip");

        var run = await SuiteProcess.RunAsync(["--only", "Methods", "--package", blocked]);

        run.ExitCode.Should().Be(ExitCodes.ConfigurationOrPreflight, run.Output);
        run.Output.Should().Contain($"The certification package {blocked} could not be written");
    }

    [Test]
    public async Task Verify_exit_codes_are_in_its_help_and_bad_options_are_exit_2()
    {
        var help = await SuiteProcess.RunAsync(["verify", "--help"], reports: false);
        help.Output.Should().Contain("Exit codes: 0 verified").And.Contain("1 verification").And.Contain("2 bad options")
            .And.Contain("3 not authenticated");

        Verify(Path.Combine(_keys.Folder, "no-such.zip"), null).ExitCode.Should().Be(VerifyExitCodes.BadInput);
        var notZip = Verify(_keys.PublicKey, null);
        notZip.ExitCode.Should().Be(VerifyExitCodes.BadInput);
        notZip.Output.Should().StartWith($"verify: {_keys.PublicKey}: not a zip archive");
        Verify(_signed, _keys.PrivateKey).ExitCode.Should().Be(VerifyExitCodes.BadInput, "a private key is no public key");
        Verify(_signed, Path.Combine(_keys.Folder, "none.pem")).ExitCode.Should().Be(VerifyExitCodes.BadInput);
    }
}
