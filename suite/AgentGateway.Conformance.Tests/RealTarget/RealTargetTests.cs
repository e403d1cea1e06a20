using System.Security.Cryptography;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AgentGateway.Conformance.Cli;
using AgentGateway.Conformance.Reports;
using AgentGateway.Conformance.Results;
using AgentGateway.Conformance.Tests.Support;
using AgentGateway.Reference;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.RealTarget;

/// <summary>
/// The suite as a vendor runs it: against a gateway it did not start (here a reference gateway listening on its own
/// socket), configured by file, flags and variables, trusting the gateway's certificate from a PEM file; and the
/// preflight's answers when the configuration is wrong. The tests share the gateway and its four agents, so they run
/// one after another: two runs at once would find each other's agents signed in.
/// </summary>
[Parallelizable(ParallelScope.Self)]
public sealed partial class RealTargetTests
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
            run.Summary.Wording.Should().Be("CONFORMANT, calls not tested", "no --calls named agents that may call each other");
            run.Checks.Where(c => c.Area == "Calls").Should().NotBeEmpty()
                .And.OnlyContain(c => c.Status == CheckStatus.Skip && c.Message!.Contains("--calls", StringComparison.Ordinal));
            outcome.Output.Should().Contain("Verdict: CONFORMANT, calls not tested");
            run.Target!.Embedded.Should().BeFalse();
            run.Target.TlsVerificationDisabled.Should().BeFalse();
            run.Target.CertificateSha256.Should().Be(Convert.ToHexString(SHA256.HashData(_gateway.Certificate.RawData)));
            run.Target.Agents.Should().BeEquivalentTo(Passwords.Keys);
            run.Checks.Where(c => c.Status is CheckStatus.Fail or CheckStatus.Error or CheckStatus.Warn).Should().BeEmpty();
            outcome.Output.Should().NotContainAny(Passwords.Values);
            outcome.Reports.Keys.Should().Contain([ResultsJsonWriter.FileName, JUnitReportWriter.FileName]);
            foreach (var (name, text) in outcome.Reports)
            {
                text.Should().NotContainAny(Passwords.Values, "{0} must not hold a password", name);
                GuidPattern().IsMatch(text).Should().BeFalse("{0} must not hold a Guid the gateway issued", name);
            }

            JUnitSchema.Errors(outcome.Reports[JUnitReportWriter.FileName]).Should().BeEmpty();
            var junit = XDocument.Parse(outcome.Reports[JUnitReportWriter.FileName]);
            junit.Descendants("testcase").Should().HaveCount(run.Checks.Count);
            junit.Descendants("failure").Should().BeEmpty();
            junit.Descendants("property").Where(p => (string?)p.Attribute("name") == "verdict")
                .Select(p => (string?)p.Attribute("value")).Should().Contain("CONFORMANT, calls not tested");
            outcome.Reports[HtmlReportWriter.FileName].Should().Contain("<h1>CONFORMANT, calls not tested</h1>");
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
    public async Task With_calls_a_number_and_an_inbound_trigger_the_call_checks_run_and_leave_no_agent_in_a_call()
    {
        var outcome = await SuiteProcess.RunAsync(
            ["--target", _gateway.BaseUri.ToString(), "--agents", Agents(), "--ca-cert", _caFile, "--calls", "20001,20002,88001",
                "--inbound-trigger", "/reference/calls/inbound", "--only", "Calls"]);

        outcome.ExitCode.Should().Be(ExitCodes.Conformant, outcome.Output);
        outcome.Results.Summary.Wording.Should().Be("CONFORMANT");
        outcome.Results.Checks.Should().NotBeEmpty().And.OnlyContain(c => c.Area == "Calls" && c.Status == CheckStatus.Pass);
        // Logout is refused during a call, so an agent whose call outlived its check would still be signed in.
        foreach (var id in new[] { "20001", "20002" })
        {
            (await SignInRetcodeAsync(id)).Should().Be("0", "agent {0} released its calls and signed out after every check", id);
        }
    }

    [Test]
    public async Task Without_a_number_or_an_inbound_trigger_only_the_calls_with_a_number_are_skipped_and_say_why()
    {
        var outcome = await SuiteProcess.RunAsync(
            ["--target", _gateway.BaseUri.ToString(), "--agents", Agents(), "--ca-cert", _caFile, "--calls", "20001,20002", "--only", "Calls"]);

        var skipped = outcome.Results.Checks.Where(c => c.Status == CheckStatus.Skip).ToDictionary(c => c.Name, c => c.Message);
        skipped.Should().HaveCount(2);
        skipped["Reports_an_outbound_call_to_the_test_number_while_talking"].Should().Contain("no outbound test number");
        skipped["Reports_an_inbound_call_from_a_number_while_talking"].Should().Contain("--inbound-trigger");
        outcome.Results.Checks.Where(c => c.Status != CheckStatus.Skip).Should().NotBeEmpty().And.OnlyContain(c => c.Status == CheckStatus.Pass);
        outcome.Results.Checks.SelectMany(c => c.Exchanges).Select(e => e.Url)
            .Should().NotContain(url => url.Contains("/reference/", StringComparison.Ordinal), "no inbound call is placed without a trigger");
    }

    [TestCase("https://elsewhere.example/inbound", TestName = "An inbound trigger on another origin stops the run in the preflight")]
    [TestCase("/reference/../calls", TestName = "An inbound trigger with a dot segment stops the run in the preflight")]
    public async Task An_inbound_trigger_that_is_no_same_origin_path_stops_the_run(string trigger)
    {
        var outcome = await SuiteProcess.RunAsync(
            ["--target", _gateway.BaseUri.ToString(), "--agents", Agents(), "--ca-cert", _caFile, "--calls", "20001,20002",
                "--inbound-trigger", trigger, "--only", "Calls"]);

        outcome.ExitCode.Should().Be(ExitCodes.ConfigurationOrPreflight, outcome.Output);
        outcome.Results.SetupError.Should().Contain("--inbound-trigger").And.Contain(trigger);
        outcome.Results.Checks.SelectMany(c => c.Exchanges).Should().BeEmpty("nothing is sent before the preflight passes");
    }

    [TestCase("20001,20009", "20009", TestName = "Calls naming an agent that is not configured stop the run in the preflight")]
    [TestCase("20001,20001", "both caller and callee", TestName = "Calls naming one agent twice stop the run in the preflight")]
    public async Task Calls_with_agents_that_cannot_call_stop_the_run(string calls, string said)
    {
        var outcome = await SuiteProcess.RunAsync(
            ["--target", _gateway.BaseUri.ToString(), "--agents", Agents(), "--ca-cert", _caFile, "--calls", calls, "--only", "Calls"]);

        outcome.ExitCode.Should().Be(ExitCodes.ConfigurationOrPreflight, outcome.Output);
        outcome.Results.SetupError.Should().Contain(said).And.Contain("--calls");
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
        XDocument.Parse(outcome.Reports[JUnitReportWriter.FileName]).Descendants("error")
            .Should().ContainSingle("CI must see a run that never started as an error, not as an empty pass");
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

    [GeneratedRegex(@"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidPattern();

    /// <summary>The retcode of a plain sign-in of <paramref name="id"/>, which signs it out again when it succeeds.</summary>
    private async Task<string?> SignInRetcodeAsync(string id)
    {
        using var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) =>
                certificate is not null && certificate.Thumbprint == _gateway.Certificate.Thumbprint,
        };
        using var http = new HttpClient(handler) { BaseAddress = _gateway.BaseUri };
        using var body = new StringContent(
            AgentGateway.Conformance.Agents.AgentSession.SignInBody(new(id, Passwords[id], id)), System.Text.Encoding.UTF8, "application/json");
        using var signIn = await http.PutAsync(new Uri($"agentgateway/resource/onlineagent/{id}", UriKind.Relative), body);
        var retcode = System.Text.Json.Nodes.JsonNode.Parse(await signIn.Content.ReadAsStringAsync())?["retcode"]?.ToString();
        if (retcode == "0" && signIn.Headers.TryGetValues("Set-GUID", out var guids))
        {
            using var signOut = new HttpRequestMessage(HttpMethod.Delete, new Uri($"agentgateway/resource/onlineagent/{id}/logout", UriKind.Relative));
            signOut.Headers.Add("Guid", guids.First().Replace("JSESSIONID=", "", StringComparison.Ordinal));
            using var _ = await http.SendAsync(signOut);
        }

        return retcode;
    }

    private static string Agents() => string.Join(',', Passwords.Select(p => $"{p.Key}:{p.Value}"));
}
