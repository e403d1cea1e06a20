using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using AgentGateway.Conformance.Certification;
using AgentGateway.Conformance.Cli;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Certification;

public sealed partial class PackageOfARealRunTests
{
    [TestCase("../results.json")]
    [TestCase("/etc/passwd")]
    [TestCase("reports/results.json")]
    [TestCase("..\\evil.txt")]
    [TestCase("C:evil.txt")]
    [TestCase(".hidden")]
    [TestCase("evil.txt\n")]
    public void An_entry_whose_name_is_no_plain_file_name_is_refused_as_path_traversal(string name)
    {
        var (exit, output) = Verify(Zip($"traversal-{Guid.NewGuid():N}.zip", [.. Entries(_signed), (name, "x"u8.ToArray())]), _keys.PublicKey);

        exit.Should().Be(VerifyExitCodes.Failed, output);
        output.Should().Contain("refused as path traversal").And.NotContain("verdict:");
    }

    [TestCase("results.json")]
    [TestCase("RESULTS.json")]
    public void A_name_held_twice_is_refused(string name)
    {
        var entries = Entries(_signed);

        var (exit, output) = Verify(Zip($"duplicate-{name}.zip", [.. entries, (name, entries[0].Bytes)]), _keys.PublicKey);

        exit.Should().Be(VerifyExitCodes.Failed, output);
        output.Should().Contain($"{name}: the archive holds this name more than once.");
    }

    [Test]
    public void A_file_the_manifest_does_not_name_is_refused()
    {
        var (exit, output) = Verify(Zip("extra.zip", [.. Entries(_signed), ("notes.txt", "trust me"u8.ToArray())]), _keys.PublicKey);

        exit.Should().Be(VerifyExitCodes.Failed, output);
        output.Should().Contain("  notes.txt: in the package but not named in the manifest.").And.NotContain("verdict:");
    }

    [Test]
    public void A_file_the_manifest_names_that_is_missing_is_refused()
    {
        var (exit, output) = Verify(Zip("missing.zip", Entries(_signed).Where(e => e.Name != "junit.xml")), _keys.PublicKey);

        exit.Should().Be(VerifyExitCodes.Failed, output);
        output.Should().Contain("  junit.xml: named in the manifest but missing from the package.");
    }

    [Test]
    public void A_package_without_its_manifest_is_refused()
    {
        var (exit, output) = Verify(Zip("no-manifest.zip", Entries(_signed).Where(e => e.Name != "manifest.dsse.json")), null);

        exit.Should().Be(VerifyExitCodes.Failed, output);
        output.Should().Contain("the manifest: the package holds no manifest.dsse.json.");
    }

    [Test]
    public void An_entry_larger_than_the_cap_decompressed_is_refused_without_being_read_whole()
    {
        // 257 MiB of zeros, a few MiB compressed: one MiB over the cap of an entry.
        var path = Path.Combine(_keys.Folder, "bomb.zip");
        using (var archive = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            foreach (var (name, bytes) in Entries(_signed).Where(e => e.Name != "results.json"))
            {
                using var stream = archive.CreateEntry(name).Open();
                stream.Write(bytes);
            }

            using var bomb = archive.CreateEntry("results.json", CompressionLevel.Fastest).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 257; i++)
            {
                bomb.Write(zeros);
            }
        }

        var started = Stopwatch.GetTimestamp();
        var (exit, output) = Verify(path, _keys.PublicKey);

        exit.Should().Be(VerifyExitCodes.Failed, output);
        output.Should().Contain($"results.json: larger than {PackageLimits.Default.MaxEntryBytes} bytes decompressed");
        Stopwatch.GetElapsedTime(started).Should().BeLessThan(TimeSpan.FromSeconds(5), "the declared size is refused before reading");
        new FileInfo(path).Length.Should().BeLessThan(4 * 1024 * 1024);
    }

    [Test]
    public void An_entry_that_outgrows_a_smaller_cap_while_it_is_read_is_refused()
    {
        var limits = PackageLimits.Default with { MaxEntryBytes = 1000 };

        var verification = PackageVerifier.Verify(_signed, null, limits);

        verification.Status.Should().Be(VerificationStatus.Failed);
        verification.Problems.Should().ContainSingle().Which.Should().EndWith("larger than 1000 bytes decompressed, the most a file of a package may be.");
    }

    [Test]
    public void An_archive_of_more_entries_than_a_package_holds_is_refused_before_they_are_read()
    {
        var (exit, output) = Verify(Zip("many.zip", Enumerable.Range(0, 40).Select(i => ($"f{i}.txt", new byte[] { 1 }))), null);

        exit.Should().Be(VerifyExitCodes.Failed, output);
        output.Should().Contain("the archive declares 40 entries, more than the 16 a package may hold.");
    }

    [Test]
    public void An_archive_larger_than_the_cap_is_unreadable_input()
    {
        var verification = PackageVerifier.Verify(_signed, null, PackageLimits.Default with { MaxArchiveBytes = 1000 });

        verification.Status.Should().Be(VerificationStatus.Unreadable);
        verification.Problems.Should().ContainSingle().Which.Should().Contain("larger than 1000 bytes, the most a package may be.");
    }

    [Test]
    public void What_an_unsigned_package_claims_is_printed_without_its_control_characters()
    {
        var entries = Entries(_unsigned);
        var index = entries.FindIndex(e => e.Name == "manifest.dsse.json");
        var manifest = JsonNode.Parse(entries[index].Bytes)!;
        var statement = JsonNode.Parse(Convert.FromBase64String(manifest["payload"]!.GetValue<string>()))!;
        statement["predicate"]!["verdict"]!["wording"] = "\u001b[2J\u001b[HVERIFIED\u202e";
        manifest["payload"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(statement.ToJsonString()));
        entries[index] = (entries[index].Name, Encoding.UTF8.GetBytes(manifest.ToJsonString(Manifest) + "\n"));

        var (exit, output) = Verify(Zip("escapes.zip", entries), null);

        exit.Should().Be(VerifyExitCodes.NotAuthenticated, output);
        output.Should().StartWith("UNSIGNED").And.Contain("verdict:          ?[2J?[HVERIFIED? (").And.NotContain("\u001b");
    }
}
