using System.Xml.Linq;
using AgentGateway.Conformance.Http;
using AgentGateway.Conformance.Reports;
using AgentGateway.Conformance.Requirements;
using AgentGateway.Conformance.Results;
using AgentGateway.Conformance.Target;
using AgentGateway.Conformance.Tests.Support;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Reports;

[TestFixture]
public sealed class JUnitReportTests
{
    private static CheckResult Check(CheckStatus status, string requirement, params Finding[] findings) => new()
    {
        Area = "HeaderEnforcement",
        Fixture = "HeaderEnforcementTests",
        Name = $"A_check_that_ends_{status}",
        RequirementIds = [requirement],
        Status = status,
        Message = status == CheckStatus.Pass ? null : $"the {status} message",
        Findings = findings,
        Seed = 42,
        DurationMilliseconds = 12.5,
        Exchanges =
        [
            new Exchange
            {
                Sequence = 1,
                Purpose = "sync with its own Guid",
                Method = "POST",
                Url = "https://127.0.0.1:8043/agentgateway/resource/onlineagent/41001/syncagentinfo",
                RequestHeaders = [new HeaderLine("Guid", "<guid #1>")],
                Status = 200,
                ResponseBody = "{\"retcode\":\"0\"}",
                LatencyMilliseconds = 3.2,
            },
        ],
    };

    private static RunResult Run(string? setupError = null, params CheckResult[] checks) => new RunResult
    {
        SuiteVersion = "1.2.3",
        RequirementSetVersion = "1.0.0",
        Started = new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero),
        Finished = new DateTimeOffset(2026, 11, 25, 10, 0, 9, TimeSpan.Zero),
        Profile = "compatible",
        Edition = "default",
        Seed = 7,
        SetupError = setupError,
        Target = new TargetFingerprint
        {
            BaseUrl = "https://gateway.example:8043/",
            Embedded = false,
            TlsTrust = "CA file",
            TlsVerificationDisabled = false,
            Agents = ["41001", "41002"],
        },
        Checks = checks,
    }.Summarised(RequirementCatalogue.Load());

    private static RunResult EveryStatus() => Run(null,
        Check(CheckStatus.Pass, "SYNC-AUTH-001", new Finding("SYNC-AUTH-001", RequirementLevel.Must, true, "retcode 000-003", "retcode 000-003", "$.retcode")),
        Check(CheckStatus.Fail, "SYNC-AUTH-002", new Finding("SYNC-AUTH-002", RequirementLevel.Must, false, "retcode \"000-003\"", "retcode \"0\"", "$.retcode")),
        Check(CheckStatus.Warn, "SYNC-AUTH-007", new Finding("SYNC-AUTH-007", RequirementLevel.Should, false, "retcode 000-003", "retcode 100-006", "$.retcode")),
        Check(CheckStatus.Skip, "SYNC-AUTH-003"),
        Check(CheckStatus.Error, "SYNC-AUTH-004"));

    private static string Render(RunResult run)
    {
        using var stream = new MemoryStream();
        JUnitReportWriter.Write(run, RequirementCatalogue.Load(), stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static IReadOnlyList<string> SchemaErrors(string xml) => JUnitSchema.Errors(xml);

    private static XElement Case(XDocument doc, CheckStatus status) =>
        doc.Descendants("testcase").Single(c => (string?)c.Attribute("name") == $"A check that ends {status}");

    private static Dictionary<string, string> Properties(XElement testcase) =>
        testcase.Parent!.Element("properties")!.Elements("property")
            .GroupBy(p => (string)p.Attribute("name")!)
            .ToDictionary(g => g.Key, g => string.Join(" | ", g.Select(p => (string)p.Attribute("value")!)));

    [Test]
    public void A_run_with_every_status_is_valid_against_the_checked_in_junit_schema() =>
        SchemaErrors(Render(EveryStatus())).Should().BeEmpty();

    [Test]
    public void The_schema_rejects_a_document_that_breaks_it()
    {
        var valid = Render(EveryStatus());
        var doc = XDocument.Parse(valid);
        doc.Descendants("testcase").First().Attribute("name")!.Remove();
        doc.Descendants("testsuite").First().Add(new XElement("verdict", "made up"));

        SchemaErrors(doc.ToString()).Should().HaveCountGreaterThanOrEqualTo(2)
            .And.Contain(e => e.Contains("name", StringComparison.Ordinal))
            .And.Contain(e => e.Contains("verdict", StringComparison.Ordinal));
    }

    [Test]
    public void Each_check_is_one_testcase_named_after_its_requirement_sentence_with_the_area_as_classname()
    {
        var doc = XDocument.Parse(Render(EveryStatus()));

        doc.Descendants("testcase").Select(c => (string?)c.Attribute("name")).Should().Contain("A check that ends Fail");
        doc.Descendants("testcase").Should().HaveCount(5);
        doc.Descendants("testcase").Select(c => (string?)c.Attribute("classname")).Should().AllBe("HeaderEnforcement");
        var root = doc.Root!;
        ((string?)root.Attribute("tests")).Should().Be("5");
        ((string?)root.Attribute("failures")).Should().Be("1");
        ((string?)root.Attribute("errors")).Should().Be("1");
        ((string?)root.Attribute("name")).Should().Contain("NOT CONFORMANT");
    }

    [Test]
    public void A_failure_carries_the_violated_requirement_with_expected_and_actual()
    {
        var failure = Case(XDocument.Parse(Render(EveryStatus())), CheckStatus.Fail).Element("failure");

        failure.Should().NotBeNull();
        ((string?)failure!.Attribute("type")).Should().Be("SYNC-AUTH-002");
        ((string?)failure.Attribute("message")).Should().Be("the Fail message");
        failure.Value.Should().Contain("expected retcode \"000-003\"").And.Contain("actual retcode \"0\"").And.Contain("$.retcode");
    }

    [Test]
    public void Error_and_skip_are_reported_as_error_and_skipped_with_their_reasons()
    {
        var doc = XDocument.Parse(Render(EveryStatus()));

        ((string?)Case(doc, CheckStatus.Error).Element("error")?.Attribute("message")).Should().Be("the Error message");
        ((string?)Case(doc, CheckStatus.Skip).Element("skipped")?.Attribute("message")).Should().Be("the Skip message");
        Case(doc, CheckStatus.Pass).Elements().Select(e => e.Name.LocalName).Should().Equal("system-out");
    }

    [Test]
    public void A_warning_passes_but_keeps_the_warning_in_properties_and_system_out()
    {
        var warn = Case(XDocument.Parse(Render(EveryStatus())), CheckStatus.Warn);

        warn.Elements().Select(e => e.Name.LocalName).Should().Equal("system-out");
        var properties = Properties(warn);
        properties["status"].Should().Be("WARN");
        properties["SYNC-AUTH-007"].Should().Be("SHOULD");
        properties["warning"].Should().Contain("SYNC-AUTH-007").And.Contain("actual retcode 100-006");
        warn.Element("system-out")!.Value.Should().Contain("Warning: the Warn message").And.Contain("actual retcode 100-006");
    }

    [Test]
    public void Properties_give_requirement_levels_and_system_out_the_exchanges_and_the_replay()
    {
        var fail = Case(XDocument.Parse(Render(EveryStatus())), CheckStatus.Fail);

        var properties = Properties(fail);
        properties["SYNC-AUTH-002"].Should().Be("MUST");
        properties["seed"].Should().Be("42");
        properties["run.seed"].Should().Be("7");
        properties["target"].Should().Be("https://gateway.example:8043/");
        fail.Element("system-out")!.Value.Should()
            .Contain("#1 POST https://127.0.0.1:8043/agentgateway/resource/onlineagent/41001/syncagentinfo -> 200")
            .And.Contain("./run.sh --seed 7 --only HeaderEnforcement");
    }

    [Test]
    public void A_run_that_could_not_start_is_an_error_testcase_so_ci_does_not_see_an_empty_green_report()
    {
        var xml = Render(Run("Preflight: connection refused"));
        var doc = XDocument.Parse(xml);

        SchemaErrors(xml).Should().BeEmpty();
        var only = doc.Descendants("testcase").Should().ContainSingle().Subject;
        ((string?)only.Attribute("classname")).Should().Be(JUnitReportWriter.SetupClassName);
        ((string?)only.Element("error")?.Attribute("message")).Should().Be("Preflight: connection refused");
        ((string?)doc.Root!.Attribute("errors")).Should().Be("1");
    }

    [Test]
    public void Characters_xml_cannot_carry_from_a_gateway_body_leave_the_report_valid()
    {
        var hostile = Check(CheckStatus.Fail, "SYNC-AUTH-002",
            new Finding("SYNC-AUTH-002", RequirementLevel.Must, false, "a JSON body", "\u0001\u0000]]><x/>\uD800 text", "$"));
        hostile = hostile with { Message = "bell \u0007 and <script>alert(1)</script>" };

        var xml = Render(Run(null, hostile));

        SchemaErrors(xml).Should().BeEmpty();
        var failure = XDocument.Parse(xml).Descendants("failure").Single();
        failure.Value.Should().Contain("\uFFFD\uFFFD]]><x/>\uFFFD text");
        ((string?)failure.Attribute("message")).Should().Be("bell \uFFFD and <script>alert(1)</script>");
    }

    [Test]
    public void A_guid_or_password_the_redaction_missed_is_hidden_as_in_the_html_report()
    {
        const string leaked = "12345678-1234-1234-1234-123456789abc.AgentGateway3";
        var check = Check(CheckStatus.Fail, "SYNC-AUTH-002",
            new Finding("SYNC-AUTH-002", RequirementLevel.Must, false, "no Guid echoed", $"Guid {leaked}", "$.message"));
        check = check with { Message = "body {\"password\":\"Hunter2\"}" };

        var xml = Render(Run(null, check));

        xml.Should().NotContain(leaked).And.NotContain("Hunter2");
        var failure = XDocument.Parse(xml).Descendants("failure").Single();
        failure.Value.Should().Contain("actual Guid <guid:unregistered>");
        ((string?)failure.Attribute("message")).Should().Be("body {\"password\":\"<password>\"}");
    }

    [Test]
    public void The_report_writer_puts_junit_xml_beside_results_json()
    {
        var directory = Directory.CreateTempSubdirectory("agw-junit-");
        try
        {
            var written = ReportWriter.WriteAll(EveryStatus(), ReportInputs.Load(), directory.FullName);

            written.Select(Path.GetFileName).Should().Contain([ResultsJsonWriter.FileName, JUnitReportWriter.FileName]);
            SchemaErrors(File.ReadAllText(Path.Combine(directory.FullName, JUnitReportWriter.FileName))).Should().BeEmpty();
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
