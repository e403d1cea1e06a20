using System.Security.Cryptography;
using AgentGateway.Conformance.Cli;
using AgentGateway.Conformance.Results;
using AgentGateway.Conformance.Tests.Support;
using AgentGateway.Reference;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.RealTarget;

/// <summary>
/// The suite as a vendor runs it: against a gateway it did not start (here a reference gateway listening on its own
/// socket), configured by file, flags and variables, trusting the gateway's certificate from a PEM file; and the
/// preflight's answers when the configuration is wrong.
/// </summary>
[Parallelizable(ParallelScope.Self)] // one test at a time: suite runs sharing these four agents would sign each other out
public sealed class RealTargetTests
{
    private static readonly Dictionary<string, string> Passwords = new(StringComparer.Ordinal)
    {
        ["20001"] = "Pa55-one", ["20002"] = "Pa55-two", ["20003"] = "Pa55-three", ["20004"] = "Pa55-four",
    };

    private ReferenceGateway _gateway = null!;
    private string _caFile = null!;

    [OneTimeSetUp]
    public async Task StartGatewayAsync()
    {
        var options = new ReferenceGatewayOptions { GuidInterval = TimeSpan.FromSeconds(1), GuidTimeout = TimeSpan.FromSeconds(2) };
        foreach (var (id, password) in Passwords)
        {
            options.AgentPasswords[id] = password;
        }

        _gateway = await ReferenceGateway.StartAsync(options);
        _caFile = Path.Combine(Path.GetTempPath(), $"agw-ca-{Guid.NewGuid():N}.pem");
        await File.WriteAllTextAsync(_caFile, _gateway.ExportCertificatePem());
    }

    [OneTimeTearDown]
    public async Task StopGatewayAsync()
    {
        await _gateway.DisposeAsync();
        File.Delete(_caFile);
    }

    [Test]
    public async Task A_conformant_gateway_configured_by_file_is_certified_conformant()
    {
        var config = Path.Combine(Path.GetTempPath(), $"agw-config-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(config, $$"""
            {
              // the agents with their own passwords; the rotation budget suits the gateway's 1 s GUIDINTERVAL
              "target": "{{_gateway.BaseUri}}",
              "agents": [{{string.Join(", ", Passwords.Select(p => $$"""{ "id": "{{p.Key}}", "password": "{{p.Value}}" }"""))}}],
              "caCert": "{{_caFile}}",
              "rotationBudget": "5s"
            }
            """);
        try
        {
            var outcome = await SuiteProcess.RunAsync(["--config", config]);

            outcome.ExitCode.Should().Be(ExitCodes.Conformant, outcome.Output);
            var run = outcome.Results;
            run.Verdict.Should().Be(Verdict.Conformant);
            run.Target!.Embedded.Should().BeFalse();
            run.Target.TlsVerificationDisabled.Should().BeFalse();
            run.Target.CertificateSha256.Should().Be(Convert.ToHexString(SHA256.HashData(_gateway.Certificate.RawData)));
            run.Target.Agents.Should().BeEquivalentTo(Passwords.Keys);
            run.Checks.Where(c => c.Status is CheckStatus.Fail or CheckStatus.Error or CheckStatus.Warn).Should().BeEmpty();
            outcome.Output.Should().NotContainAny(Passwords.Values);
        }
        finally
        {
            File.Delete(config);
        }
    }

    [Test]
    public async Task Insecure_runs_and_every_report_says_verification_was_disabled()
    {
        var outcome = await SuiteProcess.RunAsync(
            ["--target", _gateway.BaseUri.ToString(), "--agents", Agents(), "--insecure", "--only", "Methods"]);

        outcome.ExitCode.Should().Be(ExitCodes.Conformant, outcome.Output);
        outcome.Results.Target!.TlsVerificationDisabled.Should().BeTrue();
        outcome.Results.Target.TlsTrust.Should().ContainEquivalentOf("disabled");
    }

    [Test]
    public async Task A_wrong_password_stops_the_run_in_the_preflight_with_exit_code_2()
    {
        var outcome = await SuiteProcess.RunAsync(
            ["--target", _gateway.BaseUri.ToString(), "--agents", "20001,20002", "--password", "wrong", "--ca-cert", _caFile]);

        outcome.ExitCode.Should().Be(ExitCodes.ConfigurationOrPreflight, outcome.Output);
        outcome.Results.Verdict.Should().Be(Verdict.Incomplete);
        outcome.Results.SetupError.Should().ContainEquivalentOf("password");
        outcome.Results.Checks.Should().BeEmpty();
    }

    [Test]
    public async Task An_untrusted_certificate_stops_the_run_in_the_preflight_and_says_tls()
    {
        var outcome = await SuiteProcess.RunAsync(["--target", _gateway.BaseUri.ToString(), "--agents", Agents()]);

        outcome.ExitCode.Should().Be(ExitCodes.ConfigurationOrPreflight, outcome.Output);
        outcome.Results.SetupError.Should().ContainEquivalentOf("TLS");
    }

    [Test]
    public async Task An_unreachable_gateway_stops_the_run_in_the_preflight()
    {
        var outcome = await SuiteProcess.RunAsync(["--target", "https://127.0.0.1:9", "--agents", Agents(), "--ca-cert", _caFile]);

        outcome.ExitCode.Should().Be(ExitCodes.ConfigurationOrPreflight, outcome.Output);
        outcome.Results.SetupError.Should().Contain("Cannot reach");
    }

    [Test]
    public async Task A_single_agent_is_a_configuration_error()
    {
        var outcome = await SuiteProcess.RunAsync(["--target", _gateway.BaseUri.ToString(), "--agents", "20001", "--ca-cert", _caFile]);

        outcome.ExitCode.Should().Be(ExitCodes.ConfigurationOrPreflight, outcome.Output);
        outcome.Output.Should().Contain("at least 2");
    }

    [Test]
    public async Task Flags_win_over_environment_variables()
    {
        var outcome = await SuiteProcess.RunAsync(
            ["--target", _gateway.BaseUri.ToString(), "--agents", Agents(), "--ca-cert", _caFile, "--only", "Methods"],
            new Dictionary<string, string> { ["AGW_TARGET"] = "https://127.0.0.1:9", ["AGW_PROFILE"] = "strict" });

        outcome.ExitCode.Should().Be(ExitCodes.Conformant, outcome.Output);
        outcome.Results.Profile.Should().Be("strict", "the variable applies where no flag overrides it");
        outcome.Results.OnlyAreas.Should().Equal("Methods");
    }

    private static string Agents() => string.Join(',', Passwords.Select(p => $"{p.Key}:{p.Value}"));
}
