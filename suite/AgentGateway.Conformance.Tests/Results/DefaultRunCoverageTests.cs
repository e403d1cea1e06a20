using System.Text.RegularExpressions;
using AgentGateway.Conformance.Reports;
using AgentGateway.Conformance.Results;
using AgentGateway.Conformance.Tests.Support;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Results;

/// <summary>
/// A default run against the embedded reference gateway sees every documented value that gateway produces: the states
/// without and during calls, lastState 255 after sign-in, the call types of its inbound, internal and outbound calls, and
/// the commands of its calls; results.json and the HTML report's coverage section both list them as seen.
/// </summary>
[TestFixture]
public sealed partial class DefaultRunCoverageTests
{
    /// <summary>What the reference gateway reports, field by field (suite/AgentGateway.Reference/Calls/ and Agents/).</summary>
    private static readonly (string Field, int[] Values)[] Produced =
    [
        ("state", [1, 2, 3, 4, 6, 8, 9, 11]),
        ("lastState", [255]),
        ("callFeature", [0, 6, 7]),
        ("curCommand", [0, 1, 4, 6, 7]),
    ];

    private SuiteProcess.Outcome _outcome = null!;

    [OneTimeSetUp]
    public async Task RunTheSuiteAsync() => _outcome = await SuiteProcess.RunAsync([]);

    [Test]
    public void The_default_run_is_conformant() =>
        _outcome.Results.Verdict.Should().Be(Verdict.Conformant, _outcome.Output);

    [Test]
    public void Results_json_lists_every_value_the_reference_gateway_produces_as_seen()
    {
        var values = _outcome.Results.Coverage!.Values.ToDictionary(v => v.Field);

        foreach (var (field, produced) in Produced)
        {
            values[field].Seen.Should().Contain(produced, "the default run makes the reference gateway report each of them in {0}", field);
            values[field].NotSeen.Should().NotIntersectWith(produced);
        }
    }

    [Test]
    public void The_html_coverage_section_lists_every_value_the_reference_gateway_produces_as_seen()
    {
        var html = _outcome.Reports[HtmlReportWriter.FileName];

        foreach (var (field, produced) in Produced)
        {
            var row = CoverageRow().Matches(html).SingleOrDefault(m => m.Groups["field"].Value == field);
            row.Should().NotBeNull("the coverage section has a row for {0}", field);
            var seen = row!.Groups["seen"].Value.Split(':', 2)[1].Split(',', StringSplitOptions.TrimEntries);
            seen.Should().Contain(produced.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)), "row {0}", field);
        }
    }

    [GeneratedRegex("""<tr data-field="(?<field>[A-Za-z]+)"><td[^>]*>[^<]*</td><td[^>]*>[^<]*</td><td[^>]*>(?<seen>[^<]*)</td>""")]
    private static partial Regex CoverageRow();
}
