using AgentGateway.Conformance.Http;
using AgentGateway.Conformance.Requirements;
using AgentGateway.Conformance.Results;
using AgentGateway.Conformance.Schemas;
using AgentGateway.Conformance.Tests.Reports;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Results;

/// <summary>The coverage of a run: values seen and never seen, requirements judged or not and why, topics never checked.</summary>
[TestFixture]
public sealed class RunCoverageTests
{
    private static readonly RequirementCatalogue Catalogue = RequirementCatalogue.Load();

    private static Exchange Answer(string body, int status = 200) => new()
    {
        Purpose = "sync",
        Method = "POST",
        Url = "https://gateway/agentgateway/resource/onlineagent/41001/syncagentinfo",
        RequestHeaders = [],
        Status = status,
        ResponseBody = body,
    };

    private static string Sync(string state, string curCommand) =>
        "{\"retcode\":\"0\",\"message\":\"\",\"result\":{\"agentStateInfo\":{\"state\":" + state + ",\"lastState\":1,\"curCommand\":" + curCommand
            + ",\"callFeature\":0}}}";

    private static CheckResult Check(string id, CheckStatus status, IReadOnlyList<Exchange>? exchanges = null, bool judged = true, string? message = null) => new()
    {
        Area = Catalogue.Get(id).Area,
        Fixture = "Fixture",
        Name = $"check_{id}",
        RequirementIds = [id],
        Status = status,
        Message = message,
        Findings = judged ? [new Finding(id, Catalogue.Get(id).Level, status != CheckStatus.Fail, "e", "a", null)] : [],
        Exchanges = exchanges ?? [],
    };

    private static RunCoverage Cover(IReadOnlyList<CheckResult> checks, IReadOnlyList<string>? onlyAreas = null)
    {
        var run = new RunResult
        {
            SuiteVersion = "test",
            RequirementSetVersion = Catalogue.Version,
            Started = DateTimeOffset.UnixEpoch,
            Finished = DateTimeOffset.UnixEpoch,
            Profile = "compatible",
            Edition = "default",
            Seed = 1,
            OnlyAreas = onlyAreas ?? [],
            Checks = checks,
        }.Summarised(Catalogue);
        return RunCoverage.Of(run, Catalogue, PublishedTables.Load(), UncheckedTopic.Load());
    }

    [Test]
    public void Values_are_read_from_every_successful_answer_as_numbers_or_digit_strings()
    {
        var coverage = Cover(
        [
            Check("SYNC-ENUM-001", CheckStatus.Pass, [Answer(Sync("1", "0")), Answer(Sync("\"4\"", "0"))]),
            Check("SYNC-ENUM-005", CheckStatus.Pass, [Answer(Sync("3", "\"99\"")), Answer(Sync("9", "0"), status: 404), Answer("{\"result\":")]),
        ]);

        var state = coverage.Values.Single(v => v.Field == "state");
        state.Table.Should().Be("Table 3");
        state.Documented.Should().Be(18);
        state.Seen.Should().Equal(1, 3, 4);
        state.NotSeen.Should().HaveCount(15).And.Contain([2, 5, 255]).And.Contain(9, "an answer that is not 2xx is not counted");
        var command = coverage.Values.Single(v => v.Field == "curCommand");
        command.Seen.Should().Equal(0);
        command.Undocumented.Should().Equal("99");
        coverage.Values.Single(v => v.Field == "talkingCallfeature").Seen.Should().BeEmpty();
    }

    [Test]
    public void A_requirement_is_judged_skipped_errored_or_not_run_with_the_reason()
    {
        var coverage = Cover(
            [
                Check("SYNC-AUTH-001", CheckStatus.Pass),
                Check("SYNC-AUTH-002", CheckStatus.Skip, judged: false, message: "Not decidable on this target: the sign-in was refused"),
                Check("SYNC-AUTH-003", CheckStatus.Error, judged: false, message: "System.InvalidOperationException : a bug"),
            ],
            onlyAreas: ["HeaderEnforcement"]);

        coverage.Requirements.Should().HaveCount(Catalogue.All.Count);
        coverage.Requirements.Single(r => r.Id == "SYNC-AUTH-001").Should().Be(new RequirementCoverage("SYNC-AUTH-001", Exercise.Judged));
        coverage.Requirements.Single(r => r.Id == "SYNC-AUTH-002").Reason.Should().Contain("sign-in was refused");
        coverage.Requirements.Single(r => r.Id == "SYNC-AUTH-003").Exercise.Should().Be(Exercise.Errored);
        var queue = coverage.Requirements.Single(r => r.Id == "SYNC-QUEUE-001");
        queue.Exercise.Should().Be(Exercise.NotRun);
        queue.Reason.Should().Contain("--only");
        coverage.Requirements.Single(r => r.Id == "SYNC-AUTH-004").Reason.Should().Be("no check of this run names it");
    }

    [Test]
    public void A_requirement_of_another_edition_says_so()
    {
        var coverage = Cover([Check("SYNC-ID-009", CheckStatus.Pass, judged: false)]);

        var edge = coverage.Requirements.Single(r => r.Id == "SYNC-ID-009");
        edge.Exercise.Should().Be(Exercise.Skipped);
        edge.Reason.Should().Contain("edition 2025").And.Contain("--edition");
    }

    [Test]
    public void The_html_report_shows_the_coverage_and_encodes_what_the_gateway_sent()
    {
        var planted = Answer(Sync("1", "\"<script>alert(1)</script>\""));
        var run = SampleRun.Run with { Checks = [Check("SYNC-ENUM-005", CheckStatus.Pass, [planted])] };
        run = run.Summarised(Catalogue) with { Coverage = Cover(run.Checks) };
        var html = SampleRun.Render(run);

        html.Should().Contain("id=\"coverage\"").And.Contain("id=\"value-coverage\"").And.Contain("What this suite does not check");
        html.Should().NotContain("<script>alert(1)</script>").And.Contain("&lt;script&gt;");
        UncheckedTopic.Load().Should().NotBeEmpty().And.OnlyContain(t => html.Contains(t.Source.Split(';')[0], StringComparison.Ordinal));
    }

    [Test]
    public void Results_json_keeps_the_coverage()
    {
        var run = SampleRun.Run with { Checks = [Check("SYNC-ENUM-001", CheckStatus.Pass, [Answer(Sync("4", "0"))])] };
        run = run.Summarised(Catalogue) with { Coverage = Cover(run.Checks) };
        using var writer = new StringWriter();
        ResultsJsonWriter.Write(run, writer);

        var read = ResultsJsonWriter.Read(writer.ToString());
        read.Coverage!.Values.Single(v => v.Field == "state").Seen.Should().Equal(4);
        read.Coverage.Requirements.Should().HaveCount(Catalogue.All.Count);
        read.Coverage.NotChecked.Should().BeEquivalentTo(UncheckedTopic.Load());
    }
}
