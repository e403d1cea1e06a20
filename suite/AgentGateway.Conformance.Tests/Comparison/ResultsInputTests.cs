using System.Text;
using AgentGateway.Conformance.Comparison;
using AgentGateway.Conformance.Results;
using AgentGateway.Conformance.Tests.Reports;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Comparison;

/// <summary>Reading a side of a comparison: a results.json from anywhere, read as untrusted data.</summary>
[TestFixture]
public sealed class ResultsInputTests
{
    private DirectoryInfo _folder = null!;

    [SetUp]
    public void MakeAFolder() => _folder = Directory.CreateTempSubdirectory("agw-input-");

    [TearDown]
    public void RemoveTheFolder() => _folder.Delete(recursive: true);

    [Test]
    public void A_reports_folder_is_read_through_its_results_json()
    {
        using (var writer = new StreamWriter(Path.Combine(_folder.FullName, ResultsJsonWriter.FileName)))
        {
            ResultsJsonWriter.Write(SampleRun.Run, writer);
        }

        var run = ResultsInput.Read(_folder.FullName);

        run.Checks.Should().HaveCount(SampleRun.Run.Checks.Count);
        run.Verdict.Should().Be(SampleRun.Run.Verdict);
    }

    [TestCase("not json at all", "not a results.json of this suite")]
    [TestCase("[]", "not a results.json of this suite")]
    [TestCase("null", "it holds null")]
    [TestCase("{}", "missing required properties")]
    [TestCase("{\"suiteVersion\":\"1\"", "not a results.json of this suite")]
    public void Text_that_is_no_results_json_is_refused_with_a_message(string json, string message) =>
        Refusal(() => ResultsInput.Read(Write(json))).Should().Contain(message).And.Contain("results.json");

    [Test]
    public void A_run_without_its_summary_is_refused()
    {
        var json = Json(SampleRun.Run).Replace("\"summary\":", "\"summaryGone\":", StringComparison.Ordinal);

        Refusal(() => ResultsInput.Parse(json, "forged.json")).Should().StartWith("forged.json: not a results.json of this suite");
    }

    [Test]
    public void A_null_where_the_model_allows_none_is_refused()
    {
        var json = Json(SampleRun.Run).Replace("\"checks\": [", "\"checks\": [null,", StringComparison.Ordinal);
        var nullName = Json(SampleRun.Run).Replace("\"profile\": \"compatible\"", "\"profile\": null", StringComparison.Ordinal);

        Refusal(() => ResultsInput.Parse(json, "forged.json")).Should().Contain("a check is null");
        Refusal(() => ResultsInput.Parse(nullName, "forged.json")).Should().Contain("not a results.json of this suite");
    }

    [Test]
    public void A_repeated_run_with_a_null_or_statusless_flaky_check_is_refused()
    {
        var rounds = SampleRun.Run with
        {
            Rounds = new RunRounds
            {
                Rounds = [],
                Flaky = [new FlakyCheck { Key = "F.a", Statuses = [CheckStatus.Pass, CheckStatus.Fail], ShownRound = 2 }],
            },
        };
        var nullFlaky = Json(rounds).Replace("\"flaky\": [", "\"flaky\": [null,", StringComparison.Ordinal);
        var noStatus = Json(rounds with { Rounds = rounds.Rounds with { Flaky = [rounds.Rounds.Flaky[0] with { Statuses = [] }] } });

        ResultsInput.Parse(Json(rounds), "repeated.json").Rounds!.Flaky.Should().ContainSingle();
        Refusal(() => ResultsInput.Parse(nullFlaky, "forged.json")).Should().Contain("a list of rounds holds null");
        Refusal(() => ResultsInput.Parse(noStatus, "forged.json")).Should().Contain("a flaky check has no status");
    }

    [Test]
    public void Json_nested_past_the_depth_cap_is_refused_without_a_crash()
    {
        var deep = new string('[', 100_000) + new string(']', 100_000);

        Refusal(() => ResultsInput.Read(Write(deep))).Should().Contain("not a results.json of this suite");
    }

    [Test]
    public void A_file_over_the_cap_is_refused_before_it_is_parsed()
    {
        var path = Write(Json(SampleRun.Run));

        Refusal(() => ResultsInput.Read(path, maxBytes: 1000)).Should().Contain("larger than 1000 bytes");
        ResultsInput.Read(path, maxBytes: new FileInfo(path).Length).Checks.Should().NotBeEmpty();
    }

    [Test]
    public void A_device_that_never_ends_is_cut_off_at_the_cap() =>
        Refusal(() => ResultsInput.Read("/dev/zero", maxBytes: 1 << 20)).Should().Contain("larger than 1048576 bytes");

    [Test]
    public void Bytes_that_are_no_utf8_are_refused()
    {
        var path = Path.Combine(_folder.FullName, "binary.json");
        File.WriteAllBytes(path, [0x7B, 0xFF, 0xFE, 0x00, 0x7D]);

        Refusal(() => ResultsInput.Read(path)).Should().Contain("not UTF-8");
    }

    [Test]
    public void A_missing_file_or_a_folder_without_results_is_named()
    {
        Refusal(() => ResultsInput.Read(Path.Combine(_folder.FullName, "nothing.json"))).Should().EndWith("no such file or folder.");
        Refusal(() => ResultsInput.Read(_folder.FullName)).Should().EndWith("the folder holds no results.json.");
    }

    private string Write(string json)
    {
        var path = Path.Combine(_folder.FullName, "input.json");
        File.WriteAllText(path, json, new UTF8Encoding(false));
        return path;
    }

    private static string Json(RunResult run)
    {
        using var writer = new StringWriter();
        ResultsJsonWriter.Write(run, writer);
        return writer.ToString();
    }

    private static string Refusal(Action read) => read.Should().Throw<ComparisonInputException>().Which.Message;
}
