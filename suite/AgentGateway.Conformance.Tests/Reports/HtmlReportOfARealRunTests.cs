using System.Text.RegularExpressions;
using AgentGateway.Conformance.Results;
using AgentGateway.Conformance.Tests.Support;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Reports;

/// <summary>The report of a real run: the suite against the reference gateway with a Guid fault, one area only.</summary>
[TestFixture]
public sealed partial class HtmlReportOfARealRunTests
{
    private RunResult _run = null!;
    private string _html = null!;

    [OneTimeSetUp]
    public async Task RunTheSuiteAsync()
    {
        var outcome = await SuiteProcess.RunAsync(["--only", "HeaderEnforcement", "--fault", "guid-case-sensitive"]);
        _run = outcome.Results;
        _html = SampleRun.Render(_run);
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
