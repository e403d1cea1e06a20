using System.Security.Cryptography;
using AgentGateway.Conformance.Certification;
using AgentGateway.Conformance.Configuration;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Certification;

/// <summary>The signing key of a package: ECDSA P-256 in PKCS#8 or SEC1, anything else a configuration error.</summary>
[TestFixture]
public sealed class PackageKeysTests
{
    private TestKeys _keys = null!;

    [OneTimeSetUp]
    public void MakeKeys() => _keys = new TestKeys();

    [OneTimeTearDown]
    public void RemoveKeys() => _keys.Dispose();

    private static SuiteSettings Load(params (string Name, string Value)[] variables)
    {
        var map = variables.ToDictionary(v => v.Name, v => v.Value);
        return SettingsLoader.Load(name => map.GetValueOrDefault(name));
    }

    [Test]
    public void A_pkcs8_p256_key_signs_and_is_named_by_the_sha256_of_its_public_key()
    {
        var settings = Load(("AGW_PACKAGE", Path.Combine(_keys.Folder, "p.zip")), ("AGW_SIGNING_KEY", _keys.PrivateKey));

        settings.SigningKey!.Fingerprint.Should().Be(_keys.Fingerprint);
        settings.SigningKey.ToString().Should().Be($"ECDSA P-256 key {_keys.Fingerprint}", "a printed setting shows no key material");
        using var publicKey = PackageKeys.ReadPublicKey(_keys.PublicKey);
        byte[] data = [1, 2, 3];
        var signature = settings.SigningKey.Sign(data);
        publicKey.VerifyData(data, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence).Should().BeTrue();
    }

    [Test]
    public void A_sec1_p256_key_is_read_too()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var file = _keys.Write("sec1.pem", key.ExportECPrivateKeyPem());

        SigningKey.Load(file).Fingerprint.Should().Be(Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo())));
    }

    private static IEnumerable<TestCaseData> WrongKeys()
    {
        yield return new TestCaseData("p384.pem", (Func<string>)(() =>
        {
            using var key = ECDsa.Create(ECCurve.NamedCurves.nistP384);
            return key.ExportPkcs8PrivateKeyPem();
        }), "*P384*ECDSA P-256 keys only*").SetName("A_p384_key_is_refused");
        yield return new TestCaseData("p521-sec1.pem", (Func<string>)(() =>
        {
            using var key = ECDsa.Create(ECCurve.NamedCurves.nistP521);
            return key.ExportECPrivateKeyPem();
        }), "*P521*ECDSA P-256 keys only*").SetName("A_p521_sec1_key_is_refused");
        yield return new TestCaseData("rsa.pem", (Func<string>)(() =>
        {
            using var key = RSA.Create(2048);
            return key.ExportPkcs8PrivateKeyPem();
        }), "*holds an RSA key*ECDSA P-256 keys only*").SetName("An_rsa_key_is_refused");
        yield return new TestCaseData("public.pem", (Func<string>)(() =>
        {
            using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            return key.ExportSubjectPublicKeyInfoPem();
        }), "*'PUBLIC KEY'*'PRIVATE KEY' or 'EC PRIVATE KEY'*").SetName("A_public_key_is_refused_as_a_signing_key");
        yield return new TestCaseData("text.pem", (Func<string>)(() => "not a key"), "*not a PEM file*").SetName("A_file_without_pem_is_refused");
    }

    [TestCaseSource(nameof(WrongKeys))]
    public void Any_other_key_is_a_configuration_error_that_names_the_file(string name, Func<string> pem, string message)
    {
        var file = _keys.Write(name, pem());

        var load = () => Load(("AGW_PACKAGE", Path.Combine(_keys.Folder, "p.zip")), ("AGW_SIGNING_KEY", file));

        load.Should().Throw<SettingsException>().WithMessage($"AGW_SIGNING_KEY (--signing-key): {file}: {message}");
    }

    [Test]
    public void A_signing_key_without_a_package_is_a_configuration_error() =>
        FluentActions.Invoking(() => Load(("AGW_SIGNING_KEY", _keys.PrivateKey)))
            .Should().Throw<SettingsException>().WithMessage("*signs the certification package*--package FILE*");

    [Test]
    public void A_package_with_a_baseline_is_a_configuration_error_that_says_certification_takes_no_waivers()
    {
        var baseline = _keys.Write("baseline.json", """{ "waivers": [] }""");

        var load = () => Load(("AGW_PACKAGE", Path.Combine(_keys.Folder, "p.zip")), ("AGW_BASELINE", baseline));

        load.Should().Throw<SettingsException>().WithMessage("*certification package*is for a run without waivers*baseline*");
    }

    [Test]
    public void The_config_file_names_the_package_and_its_key()
    {
        var package = Path.Combine(_keys.Folder, "from-file.zip");
        var config = _keys.Write("config.json", $$"""{ "package": "{{package}}", "signingKey": "{{_keys.PrivateKey}}" }""");

        var settings = Load(("AGW_CONFIG", config));

        settings.PackageFile.Should().Be(package);
        settings.SigningKey!.Fingerprint.Should().Be(_keys.Fingerprint);
    }

    [Test]
    public void The_options_set_their_variables_as_full_paths()
    {
        var options = Conformance.Cli.CommandLine.Parse(["--package", "p.zip", "--signing-key=k.pem"]);

        options.Variables["AGW_PACKAGE"].Should().Be(Path.GetFullPath("p.zip"));
        options.Variables["AGW_SIGNING_KEY"].Should().Be(Path.GetFullPath("k.pem"));
    }

    [TestCase("1.0.0+50f3c54d76a7cda81d6552bdcf01d658c2844eb7", "50f3c54d76a7cda81d6552bdcf01d658c2844eb7")]
    [TestCase("1.0.0", "unknown")]
    [TestCase("1.0.0+", "unknown")]
    [TestCase(null, "unknown")]
    public void The_source_revision_is_what_follows_the_plus_of_the_informational_version(string? version, string revision) =>
        SuiteBuild.RevisionOf(version).Should().Be(revision);
}
