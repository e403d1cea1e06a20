using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgentGateway.Conformance.Comparison;
using AgentGateway.Conformance.Http;
using AgentGateway.Conformance.Results;
using AgentGateway.Conformance.Tests.Support;

namespace AgentGateway.Conformance.Tests.Comparison;

/// <summary>
/// Three real runs of the suite against the embedded reference gateway, made once for every comparison test: a
/// conformant one, one with faults that change a type, a retcode and the set of fields, and one with a conformant
/// variation that changes types and leaves out an area. The runs are made in parallel, each limited with --only.
/// </summary>
internal sealed record ComparedRuns
{
    public const string Areas = "SchemaConformance,HeaderEnforcement";

    /// <summary>preBusy a string (FAIL), 100-099 for every Guid refusal (WARN), an extra field vdnId (WARN).</summary>
    public static readonly string[] Faults = ["wrong-type-field", "undocumented-retcode", "extra-field"];

    private static readonly Lazy<Task<ComparedRuns>> Shared = new(MakeAsync);

    /// <summary>Writes markup characters as they are, as a hostile gateway would send them, rather than as \u escapes.</summary>
    private static readonly JsonSerializerOptions RawText = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The conformant gateway, both areas.</summary>
    public required RunResult Conformant { get; init; }

    /// <summary>The gateway with <see cref="Faults"/>, both areas.</summary>
    public required RunResult Faulty { get; init; }

    /// <summary>The conformant variation published-example-types, SchemaConformance only.</summary>
    public required RunResult ExampleTypes { get; init; }

    public static Task<ComparedRuns> GetAsync() => Shared.Value;

    public static RunSide Side(string source, params RunResult[] rounds) => RunSide.Of(source, rounds);

    public static RunComparison Compare(RunResult before, RunResult after, LatencyThresholds? thresholds = null) =>
        RunComparison.Of(Side("before", before), Side("after", after), thresholds ?? new LatencyThresholds());

    /// <summary>A copy of <paramref name="run"/> whose exchanges <paramref name="edit"/> rewrote.</summary>
    public static RunResult Edited(RunResult run, Func<Exchange, Exchange> edit) =>
        run with { Checks = [.. run.Checks.Select(c => c with { Exchanges = [.. c.Exchanges.Select(edit)] })] };

    /// <summary>A copy of <paramref name="body"/>, a JSON object, changed by <paramref name="edit"/>; other bodies as they are.</summary>
    public static string? EditedJson(string? body, Action<JsonObject> edit)
    {
        if (body is null || JsonNode.Parse(body) is not JsonObject json)
        {
            return body;
        }

        edit(json);
        return json.ToJsonString(RawText);
    }

    private static async Task<ComparedRuns> MakeAsync()
    {
        var conformant = SuiteProcess.RunAsync(["--only", Areas]);
        var faulty = SuiteProcess.RunAsync(["--only", Areas, "--fault", string.Join(',', Faults)]);
        var exampleTypes = SuiteProcess.RunAsync(["--only", "SchemaConformance", "--variation", "published-example-types"]);
        return new ComparedRuns
        {
            Conformant = ReadBack(await conformant),
            Faulty = ReadBack(await faulty),
            ExampleTypes = ReadBack(await exampleTypes),
        };
    }

    /// <summary>The run as the comparison reads it: results.json as the suite wrote it, through the untrusted-input reader.</summary>
    private static RunResult ReadBack(SuiteProcess.Outcome outcome) =>
        ResultsInput.Parse(
            outcome.Reports.GetValueOrDefault(ResultsJsonWriter.FileName) ?? throw new InvalidOperationException(outcome.Output),
            ResultsJsonWriter.FileName);
}
