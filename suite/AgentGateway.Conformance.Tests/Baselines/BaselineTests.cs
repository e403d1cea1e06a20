using AgentGateway.Conformance.Baselines;
using AgentGateway.Conformance.Configuration;
using AgentGateway.Conformance.Requirements;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Baselines;

/// <summary>Reading a baseline: what it must hold, and what it is refused for.</summary>
[TestFixture]
public sealed class BaselineTests
{
    private DirectoryInfo _folder = null!;

    [SetUp]
    public void MakeFolder() => _folder = Directory.CreateTempSubdirectory("agw-baseline-");

    [TearDown]
    public void RemoveFolder() => _folder.Delete(recursive: true);

    private string Write(string json)
    {
        var path = Path.Combine(_folder.FullName, "baseline.json");
        File.WriteAllText(path, json);
        return path;
    }

    private static Baseline Load(string path) => Baseline.Load(path, RequirementCatalogue.Load());

    [Test]
    public void Reads_waivers_of_requirements_and_of_checks_with_their_reason_owner_expiry_and_link()
    {
        var path = Write("""
            {
              "$comment": "accepted deviations",
              "waivers": [
                { "id": "SYNC-CONS-001", "requirement": "for the reader", "reason": "vendor fix 4.2", "owner": "ops@example.com",
                  "expires": "2027-03-31", "link": "https://tracker.example.com/GW-12" },
                { "id": "ConsistencyTests.Reports_the_agent_it_was_asked_for", "reason": "r", "owner": "o", "expires": "2027-01-01" }
              ]
            }
            """);

        var baseline = Load(path);

        baseline.Source.Should().Be(Path.GetFullPath(path));
        baseline.Waivers.Should().BeEquivalentTo(new[]
        {
            new Waiver("SYNC-CONS-001", "vendor fix 4.2", "ops@example.com", new DateOnly(2027, 3, 31), "https://tracker.example.com/GW-12"),
            new Waiver("ConsistencyTests.Reports_the_agent_it_was_asked_for", "r", "o", new DateOnly(2027, 1, 1), null),
        });
        baseline.Waivers[0].NamesRequirement.Should().BeTrue();
        baseline.Waivers[1].NamesRequirement.Should().BeFalse();
    }

    [TestCase("""{ "id": "SYNC-CONS-001", "owner": "o", "expires": "2027-01-01" }""", "no reason")]
    [TestCase("""{ "id": "SYNC-CONS-001", "reason": "r", "owner": " ", "expires": "2027-01-01" }""", "no owner")]
    [TestCase("""{ "id": "SYNC-CONS-001", "reason": "", "owner": "", "expires": "" }""", "no reason, owner, expires")]
    [TestCase("""{ "id": "SYNC-CONS-001", "reason": "r", "owner": "o", "expires": "31.03.2027" }""", "yyyy-MM-dd")]
    [TestCase("""{ "id": "SYNC-CONS-999", "reason": "r", "owner": "o", "expires": "2027-01-01" }""", "no requirement of the catalogue")]
    [TestCase("""{ "id": "not a check", "reason": "r", "owner": "o", "expires": "2027-01-01" }""", "neither a requirement ID")]
    [TestCase("""{ "reason": "r", "owner": "o", "expires": "2027-01-01" }""", "names no requirement or check")]
    [TestCase("""{ "id": "SYNC-CONS-001", "reason": "r", "owner": "o", "expires": "2027-01-01", "link": "javascript:alert(1)" }""", "http or https URL")]
    [TestCase("""
        { "id": "SYNC-CONS-001", "reason": "r", "owner": "o", "expires": "2027-01-01" },
        { "id": "SYNC-CONS-001", "reason": "r2", "owner": "o2", "expires": "2027-02-01" }
        """, "more than once")]
    public void Refuses_a_waiver_that_is_incomplete_or_names_nothing_it_can_judge(string waivers, string says)
    {
        var path = Write($$"""{ "waivers": [ {{waivers}} ] }""");

        var load = () => Load(path);

        load.Should().Throw<SettingsException>().Which.Message.Should().Contain(says).And.Contain("AGW_BASELINE");
    }

    [TestCase("[]", "\"waivers\" array")]
    [TestCase("""{ "waivers": {} }""", "\"waivers\" array")]
    [TestCase("{ \"waivers\": [", "not JSON")]
    public void Refuses_a_file_that_is_no_baseline(string json, string says)
    {
        var path = Write(json);

        var load = () => Load(path);

        load.Should().Throw<SettingsException>().Which.Message.Should().Contain(says);
    }

    [Test]
    public void Refuses_a_file_larger_than_the_cap_unread()
    {
        var path = Write("{ \"waivers\": [] }" + new string(' ', (int)Baseline.MaxBytes));

        var load = () => Load(path);

        load.Should().Throw<SettingsException>().Which.Message.Should().Contain("more than");
    }

    [Test]
    public void Refuses_a_missing_file() =>
        FluentActions.Invoking(() => Load(Path.Combine(_folder.FullName, "absent.json")))
            .Should().Throw<SettingsException>().Which.Message.Should().Contain("does not exist");

    [Test]
    public void The_setting_loads_the_baseline_and_a_bad_one_stops_the_run_as_a_configuration_error()
    {
        var good = Write("""{ "waivers": [ { "id": "SYNC-CONS-001", "reason": "r", "owner": "o", "expires": "2027-01-01" } ] }""");

        SettingsLoader.Load(name => name == "AGW_BASELINE" ? good : null).Baseline!.Waivers.Should().ContainSingle();
        SettingsLoader.Load(_ => null).Baseline.Should().BeNull();

        var bad = Write("""{ "waivers": [ { "id": "SYNC-CONS-001", "reason": "", "owner": "o", "expires": "2027-01-01" } ] }""");
        FluentActions.Invoking(() => SettingsLoader.Load(name => name == "AGW_BASELINE" ? bad : null)).Should().Throw<SettingsException>();
    }
}
