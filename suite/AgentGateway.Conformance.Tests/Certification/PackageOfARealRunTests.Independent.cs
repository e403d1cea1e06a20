using System.Text;
using System.Text.Json;
using FluentAssertions;
using NUnit.Framework;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Security;

namespace AgentGateway.Conformance.Tests.Certification;

/// <summary>
/// What a certifier's own tools see in a package, without the suite's code: the DSSE envelope and the in-toto statement
/// read as plain JSON, the pre-authentication encoding rebuilt from the DSSE specification, the signature and the
/// digests checked with BouncyCastle, and every byte searched for the run's secrets.
/// </summary>
public sealed partial class PackageOfARealRunTests
{
    /// <summary>The envelope's payload type, payload and only signature, as a DSSE reader takes them from the JSON.</summary>
    private (string PayloadType, byte[] Payload, string KeyId, byte[] Signature) Envelope()
    {
        using var manifest = JsonDocument.Parse(Entries(_signed).Single(e => e.Name == "manifest.dsse.json").Bytes);
        var root = manifest.RootElement;
        var signature = root.GetProperty("signatures").EnumerateArray().Single();
        return (root.GetProperty("payloadType").GetString()!, Convert.FromBase64String(root.GetProperty("payload").GetString()!),
            signature.GetProperty("keyid").GetString()!, Convert.FromBase64String(signature.GetProperty("sig").GetString()!));
    }

    /// <summary>DSSE v1: PAE(type, body) = "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body, lengths as ASCII decimal.</summary>
    private static byte[] Pae(string type, byte[] body) =>
        [.. Encoding.ASCII.GetBytes($"DSSEv1 {Encoding.UTF8.GetByteCount(type)} {type} {body.Length} "), .. body];

    [Test]
    public void An_independent_verifier_accepts_the_signature_over_the_dsse_pae()
    {
        var (type, payload, keyId, signature) = Envelope();

        type.Should().Be("application/vnd.in-toto+json");
        keyId.Should().Be(_keys.Fingerprint);
        var verifier = SignerUtilities.GetSigner("SHA-256withECDSA");
        verifier.Init(false, PublicKeyFactory.CreateKey(_keys.SubjectPublicKeyInfo));
        var pae = Pae(type, payload);
        verifier.BlockUpdate(pae, 0, pae.Length);
        verifier.VerifySignature(signature).Should().BeTrue("the signature is DER-encoded ECDSA P-256 over SHA-256 of the PAE");

        pae[^1] ^= 0x01;
        verifier.Init(false, PublicKeyFactory.CreateKey(_keys.SubjectPublicKeyInfo));
        verifier.BlockUpdate(pae, 0, pae.Length);
        verifier.VerifySignature(signature).Should().BeFalse();
    }

    [Test]
    public void The_statement_is_in_toto_v1_naming_every_report_with_its_sha256()
    {
        using var statement = JsonDocument.Parse(Envelope().Payload);
        var root = statement.RootElement;

        root.GetProperty("_type").GetString().Should().Be("https://in-toto.io/Statement/v1");
        root.GetProperty("predicateType").GetString().Should().StartWith("https://").And.Contain("agentgateway-conformance");
        var subjects = root.GetProperty("subject").EnumerateArray()
            .ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("digest").GetProperty("sha256").GetString()!);
        var files = Entries(_signed).Where(e => e.Name != "manifest.dsse.json").ToDictionary(e => e.Name, e => Sha256(e.Bytes));
        subjects.Should().Equal(files);

        var predicate = root.GetProperty("predicate");
        predicate.GetProperty("signingKey").GetString().Should().Be(_keys.Fingerprint);
        predicate.GetProperty("suite").GetProperty("sourceRevision").GetString().Should().MatchRegex("^([0-9a-f]{40}|unknown)$");
        predicate.GetProperty("requirementCatalogue").GetProperty("sha256").GetString()
            .Should().Be(Sha256(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "schemas", "requirements.json"))));
        predicate.GetProperty("schemas").EnumerateArray().Select(s => s.GetProperty("path").GetString())
            .Should().Contain(["schemas/compatible/sync-response.schema.json", "schemas/compatible/agent-state-info.schema.json",
                "schemas/enums/agent-state.schema.json", "schemas/failure.schema.json"]);
        predicate.GetProperty("target").GetProperty("tlsCertificateSha256").GetString().Should().Be(_signedRun.Results.Target!.CertificateSha256);
        predicate.GetProperty("verdict").GetProperty("wording").GetString().Should().Be(_signedRun.Results.Summary.Wording);
        predicate.GetProperty("options").GetProperty("only").EnumerateArray().Single().GetString().Should().Be("HeaderEnforcement");
    }

    [Test]
    public void No_password_and_no_guid_the_gateway_handed_out_is_in_any_byte_of_the_package()
    {
        var everything = Entries(_signed).Select(e => e.Bytes).Append(Envelope().Payload).ToList();
        var secrets = Passwords.Values
            .Concat(_issuedGuids)
            .Concat(_issuedGuids.Select(g => g[..36]))
            .ToList();

        _issuedGuids.Should().NotBeEmpty();
        var found = secrets.Where(secret => everything.Any(bytes => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)) >= 0));
        found.Should().BeEmpty("the package holds the reports, redacted, and options without secrets");
        Encoding.UTF8.GetString(everything[0]).Should().Contain(
            "password\\u0022:\\u0022\\u003Cpassword\\u003E", "the sign-ins were recorded, their passwords redacted");
    }

    private static string Sha256(byte[] bytes)
    {
        var digest = new Sha256Digest();
        digest.BlockUpdate(bytes, 0, bytes.Length);
        var hash = new byte[digest.GetDigestSize()];
        digest.DoFinal(hash, 0);
        return Convert.ToHexStringLower(hash);
    }
}
