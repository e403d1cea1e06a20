using System.Text.RegularExpressions;
using AgentGateway.Conformance.Results;
using AgentGateway.Conformance.Tests.Support;
using AgentGateway.Reference;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Reports;

/// <summary>
/// The report of a real run: the suite, one area only, against a reference gateway with a Guid fault whose agents'
/// passwords the test knows.
/// </summary>
[TestFixture]
public sealed partial class HtmlReportOfARealRunTests
{
    private static readonly Dictionary<string, string> Passwords = new(StringComparer.Ordinal)
    {
        ["30001"] = "Report-pw-one", ["30002"] = "Report-pw-two", ["30003"] = "Report-pw-three",
    };

    private RunResult _run = null!;
    private string _html = null!;

    [OneTimeSetUp]
    public async Task RunTheSuiteAsync()
    {
        var options = new ReferenceGatewayOptions { Faults = { GatewayFault.GuidCaseSensitive } };
        foreach (var (id, password) in Passwords)
        {
            options.AgentPasswords[id] = password;
        }

        await using var gateway = await ReferenceGateway.StartAsync(options);
        var caFile = Path.Combine(Path.GetTempPath(), $"agw-ca-{Guid.NewGuid():N}.pem");
        await File.WriteAllTextAsync(caFile, gateway.ExportCertificatePem());
        try
        {
            var agents = string.Join(',', Passwords.Select(p => $"{p.Key}:{p.Value}"));
            var outcome = await SuiteProcess.RunAsync(
                ["--target", gateway.BaseUri.ToString(), "--agents", agents, "--ca-cert", caFile, "--only", "HeaderEnforcement"]);
            _run = outcome.Results;
            _html = SampleRun.Render(_run);
        }
        finally
        {
            File.Delete(caFile);
        }
    }

    [Test]
    public void The_run_gives_the_report_exchanges_to_show()
    {
        _run.Checks.Should().Contain(c => c.Status == CheckStatus.Fail);
        _run.Checks.SelectMany(c => c.Exchanges).Should().Contain(e => e.RequestHeaders.Any(h => h.Name == "Guid"));
    }

    [Test]
    public void No_guid_the_gateway_issued_appears()
    {
        AnyGuid().Matches(_html).Select(m => m.Value).Should().BeEmpty();
    }

    [Test]
    public void No_password_appears()
    {
        _run.Checks.SelectMany(c => c.Exchanges).Should().Contain(e => e.RequestBody != null && e.RequestBody.Contains("password"));
        _html.Should().NotContainAny(Passwords.Values);
    }

    [Test]
    public void The_curl_lines_trust_the_ca_file_of_the_run()
    {
        Regex.Matches(_html, "<pre class=\"curl\">curl -sS -i --path-as-is --cacert agw-ca-[0-9a-f]{32}\\.pem ")
            .Should().HaveCount(_run.Checks.Sum(c => c.Exchanges.Count));
    }

    [Test]
    public void Every_exchange_has_its_curl_line_with_the_guid_as_a_variable()
    {
        Regex.Matches(_html, "<pre class=\"curl\">curl ").Should().HaveCount(_run.Checks.Sum(c => c.Exchanges.Count));
        Regex.Matches(_html, "<pre class=\"curl\">curl [^<]*-H &#39;Guid: &#39;&quot;\\$\\{AGW_GUID_\\d+\\}&quot;").Should().NotBeEmpty();
    }

    [Test]
    public void The_banner_says_not_conformant_for_a_partial_run()
    {
        _html.Should().Contain("<h1>NOT CONFORMANT</h1>");
        _html.Should().Contain("Partial run: only HeaderEnforcement ran (--only)");
        _html.Should().Contain("SYNC-AUTH-008");
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex AnyGuid();
}
