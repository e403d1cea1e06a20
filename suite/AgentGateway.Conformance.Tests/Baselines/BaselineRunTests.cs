using System.Globalization;
using AgentGateway.Conformance.Cli;
using AgentGateway.Conformance.Results;
using AgentGateway.Conformance.Tests.Support;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Baselines;

/// <summary>
/// A CI gate with a baseline, as a pipeline runs it: the suite as a process against the embedded gateway with a fault
/// that fails one MUST requirement (worknumber-mismatch fails SYNC-CONS-001), a first baseline written from that run,
/// refused until a person fills it in, then a live, a stale and an expired waiver, each with its exit code and wording,
/// and the waived failure still in every report.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class BaselineRunTests
{
    private static readonly string[] FailingRun = ["--only", "Consistency", "--fault", "worknumber-mismatch"];

    private DirectoryInfo _folder = null!;
    private SuiteProcess.Outcome _unwaived = null!;
    private string _results = null!;

    [OneTimeSetUp]
    public async Task RunWithoutBaseline()
    {
        _folder = Directory.CreateTempSubdirectory("agw-baseline-run-");
        _unwaived = await SuiteProcess.RunAsync(FailingRun);
        _results = Path.Combine(_folder.FullName, ResultsJsonWriter.FileName);
        await File.WriteAllTextAsync(_results, _unwaived.Reports[ResultsJsonWriter.FileName]);
    }

    [OneTimeTearDown]
    public void RemoveFolder() => _folder.Delete(recursive: true);

    private static string Today(int days) =>
        DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string Baseline(string name, string waivers)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, $$"""{ "waivers": [ {{waivers}} ] }""");
        return path;
    }

    [Test]
    public void Without_a_baseline_the_fault_fails_the_run()
    {
        _unwaived.ExitCode.Should().Be(ExitCodes.NotConformant, _unwaived.Output);
        _unwaived.Results.Summary.Failed.Should().Equal("SYNC-CONS-001");
    }

    [Test]
    public async Task A_first_baseline_names_the_failure_and_is_refused_until_a_person_fills_it_in()
    {
        var drafted = Path.Combine(_folder.FullName, "drafted.json");

        var write = await SuiteProcess.RunAsync(["baseline", "write", _results, "--out", drafted], reports: false);

        write.ExitCode.Should().Be(ExitCodes.Conformant, write.Output);
        var text = await File.ReadAllTextAsync(drafted);
        text.Should().Contain("\"id\": \"SYNC-CONS-001\"").And.Contain("\"reason\": \"\"").And.Contain("\"owner\": \"\"");
        text.Should().NotContain("\\u0027", "a file a person edits spells its apostrophes");

        var again = await SuiteProcess.RunAsync(["baseline", "write", _results, "--out", drafted], reports: false);
        again.ExitCode.Should().Be(ExitCodes.ConfigurationOrPreflight, "a baseline someone may have edited is never written over");
        (await File.ReadAllTextAsync(drafted)).Should().Be(text);

        var refused = await SuiteProcess.RunAsync([.. FailingRun, "--baseline", drafted]);
        refused.ExitCode.Should().Be(ExitCodes.ConfigurationOrPreflight, refused.Output);
        refused.Output.Should().Contain("SYNC-CONS-001").And.Contain("has no reason, owner, expires");
        refused.Run.Should().BeNull("a run with a waiver nobody accepted does not start");
    }

    [Test]
    public async Task A_live_waiver_passes_the_gate_as_conformant_with_waivers_and_every_report_still_shows_the_failure()
    {
        var baseline = Baseline("live.json", $$"""
            { "id": "SYNC-CONS-001", "reason": "workNo carries the tenant prefix until 4.2", "owner": "gateway team",
              "expires": "{{Today(30)}}", "link": "https://tracker.example.com/GW-7" },
            { "id": "SYNC-CONS-002", "reason": "clock was off once", "owner": "ops", "expires": "{{Today(30)}}" }
            """);

        var run = await SuiteProcess.RunAsync([.. FailingRun, "--baseline", baseline]);

        run.ExitCode.Should().Be(ExitCodes.Conformant, run.Output);
        run.Results.Summary.Wording.Should().Be("CONFORMANT WITH WAIVERS");
        run.Results.Summary.Count(CheckStatus.Fail).Should().Be(1, "the waived check is still a FAIL");
        run.Output.Should().Contain("Verdict: CONFORMANT WITH WAIVERS").And.Contain("is stale");

        var junit = run.Reports["junit.xml"];
        JUnitSchema.Errors(junit).Should().BeEmpty();
        junit.Should().Contain("type=\"waived\"").And.Contain("WAIVED FAIL of SYNC-CONS-001").And.NotContain("<failure");
        junit.Should().Contain("CONFORMANT WITH WAIVERS");

        var html = run.Reports["conformance.html"];
        html.Should().Contain("Baseline: accepted deviations").And.Contain("waived by the baseline")
            .And.Contain("workNo carries the tenant prefix until 4.2").And.Contain("stale: judged and not failed");
        run.Reports[ResultsJsonWriter.FileName].Should().Contain("\"waived\"").And.Contain("WAIVING").And.Contain("STALE");
    }

    [Test]
    public async Task An_expired_waiver_fails_the_gate_and_says_that_it_expired()
    {
        var baseline = Baseline("expired.json", $$"""
            { "id": "SYNC-CONS-001", "reason": "workNo carries the tenant prefix until 4.2", "owner": "gateway team", "expires": "{{Today(-1)}}" }
            """);

        var run = await SuiteProcess.RunAsync([.. FailingRun, "--baseline", baseline]);

        run.ExitCode.Should().Be(ExitCodes.NotConformant, run.Output);
        run.Results.Summary.Wording.Should().Be("NOT CONFORMANT");
        run.Output.Should().Contain($"Waiver of SYNC-CONS-001 (owner gateway team) expired on {Today(-1)}");
        run.Reports["junit.xml"].Should().Contain("<failure");
        run.Reports["conformance.html"].Should().Contain("EXPIRED: its failures fail the run");
    }
}
