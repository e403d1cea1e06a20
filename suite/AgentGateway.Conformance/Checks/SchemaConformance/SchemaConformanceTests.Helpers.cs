using AgentGateway.Conformance.Http;
using AgentGateway.Conformance.Schemas;
using System.Text.Json.Nodes;
using NJsonSchema;

namespace AgentGateway.Conformance.Checks.SchemaConformance;

/// <summary>
/// Each check judges its own slice of the schema's violations: structure, callinfo, field types. Out-of-table values are
/// judged by the Enumerations checks and retcode and message by the RetcodeSemantics checks, so one deviation is one FAIL.
/// </summary>
public sealed partial class SchemaConformanceTests
{
    private const string CallInfoPath = "$.result.callinfo";
    private const string InfoPath = "$.result.agentStateInfo";

    private static readonly HashSet<string> TimestampFields =
        ["beginHoldTime", "secondTalkingTime", "currentTime", "beginTalkingTime", "agentStateBeginTime", "cmdBeginTime"];

    private ResponseSchemas Schemas => ResponseSchemas.Load(Settings.Profile);

    private static bool IsMissingStructure(SchemaViolation v) =>
        (v.Kind == SchemaViolationKind.PropertyRequired && (v.Path == "$.result" || v.Path.StartsWith(InfoPath, StringComparison.Ordinal)))
        || (v.Kind == SchemaViolationKind.ObjectExpected && v.Path is "$.result" or InfoPath);

    private static bool IsFieldTypeViolation(SchemaViolation v) =>
        v.Path.StartsWith(InfoPath + ".", StringComparison.Ordinal)
        && v.Kind is not (SchemaViolationKind.PropertyRequired or SchemaViolationKind.NotInEnumeration);

    private static bool IsTimestamp(string path) =>
        path.StartsWith(InfoPath + ".", StringComparison.Ordinal) && TimestampFields.Contains(path[(InfoPath.Length + 1)..]);

    /// <summary>Whether the value at a <c>$.a.b</c> path of the body is JSON null (and present).</summary>
    private static bool IsNullAt(JsonNode? body, string path)
    {
        var names = path.Split('.')[1..];
        var parent = names[..^1].Aggregate(body, (node, name) => node?[name]);
        return parent is JsonObject o && o.TryGetPropertyValue(names[^1], out var value) && value is null;
    }

    private static string Describe(IReadOnlyList<SchemaViolation> violations) =>
        violations.Count == 0 ? "no schema violation" : string.Join(", ", violations);

    /// <summary>Syncs in two states (idle and busy) and judges the violations the filter selects.</summary>
    private async Task JudgeSyncsAsync(string requirementId, JsonSchema schema, Func<SchemaViolation, bool> judged, string expected)
    {
        foreach (var response in await SyncsAsync())
        {
            var violations = ResponseSchemas.Validate(schema, response.Body).Where(judged).ToList();
            Must(requirementId, violations.Count == 0, $"{expected} ({response.Exchange.Purpose})", Describe(violations));
        }
    }

    private async Task JudgeStrictAsync(string requirementId, Func<SchemaViolation, JsonNode?, bool> judged, string expected)
    {
        if (Schemas.SyncSuccessStrict is not { } strict)
        {
            Skip("this requirement belongs to the strict profile; the run uses the compatible one (--profile strict)");
            return;
        }

        foreach (var response in await SyncsAsync())
        {
            var violations = ResponseSchemas.Validate(strict, response.Body).Where(v => judged(v, response.Json)).ToList();
            Should(requirementId, violations.Count == 0, $"{expected} ({response.Exchange.Purpose})", Describe(violations));
        }
    }

    private async Task<IReadOnlyList<GatewayResponse>> SyncsAsync()
    {
        var agent = await SignInAsync();
        var idle = await SuccessfulSyncAsync(agent, "sync while idle");
        await agent.SayBusyAsync(NextMarkerReason());
        var busy = await SuccessfulSyncAsync(agent, "sync while busy");
        return [idle, busy];
    }
}
