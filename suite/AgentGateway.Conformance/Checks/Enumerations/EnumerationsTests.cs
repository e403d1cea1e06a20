using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgentGateway.Conformance.Harness;
using AgentGateway.Conformance.Requirements;
using AgentGateway.Conformance.Schemas;
using NJsonSchema;
using NUnit.Framework;

namespace AgentGateway.Conformance.Checks.Enumerations;

/// <summary>
/// The enumerated fields of agentStateInfo, read in idle, busy, rest and wrap-up. A value that is absent or not a number
/// is judged by the SchemaConformance checks; here only which number it is counts.
/// </summary>
[TestFixture]
public sealed class EnumerationsTests : ConformanceTest
{
    private ResponseSchemas Schemas => ResponseSchemas.Load(Settings.Profile);

    [Test]
    [Requirement(Req.Enumerations.Enum001)]
    public Task State_is_a_value_of_the_agent_status_table() =>
        JudgeAsync(Req.Enumerations.Enum001, "state", Schemas.AgentState, Tables.AgentState);

    [Test]
    [Requirement(Req.Enumerations.Enum002)]
    public Task Last_state_is_a_value_of_the_agent_status_table() =>
        JudgeAsync(Req.Enumerations.Enum002, "lastState", Schemas.AgentState, Tables.AgentState);

    [Test]
    [Requirement(Req.Enumerations.Enum003)]
    public Task Call_feature_is_a_value_of_table_6() => JudgeAsync(Req.Enumerations.Enum003, "callFeature", Schemas.CallType, Tables.CallType);

    [Test]
    [Requirement(Req.Enumerations.Enum004)]
    public Task Talking_call_feature_is_a_value_of_table_6() =>
        JudgeAsync(Req.Enumerations.Enum004, "talkingCallfeature", Schemas.CallType, Tables.CallType);

    [Test]
    [Requirement(Req.Enumerations.Enum005)]
    public Task Current_command_is_a_value_of_table_7() =>
        JudgeAsync(Req.Enumerations.Enum005, "curCommand", Schemas.CurrentCommand, Tables.CurrentCommand);

    private static PublishedTables Tables => PublishedTables.Load();

    /// <summary>
    /// Judges each value the field took in idle, busy, rest and wrap-up, and notes which of the table's values that was:
    /// a PASS says these values were right, not that the gateway can produce every value of the table.
    /// </summary>
    private async Task JudgeAsync(string requirementId, string field, JsonSchema schema, EnumerationTable table)
    {
        var tableName = table.Table == "Table 3" ? "Table 3 (1..17, 255)" : table.Table;
        var seen = new SortedSet<long>();
        foreach (var response in (await SyncsInEveryStateAsync()).Select(s => s.Sync))
        {
            if (NumberOf(response.AgentStateInfo?[field]) is not { } number)
            {
                continue;
            }

            seen.Add(number);
            var violations = ResponseSchemas.Validate(schema, number.ToString(CultureInfo.InvariantCulture));
            Must(
                requirementId,
                violations.Count == 0,
                $"{field} a value of {tableName} ({response.Exchange.Purpose})",
                $"{field} = {number}",
                $"$.result.agentStateInfo.{field}");
        }

        if (seen.Count == 0)
        {
            Skip($"no sync carried {field} as a number; its presence and type are judged by the SchemaConformance checks");
        }

        var values = string.Join(", ", seen.Select(v => table.Values.FirstOrDefault(d => d.Value == v) is { } documented
            ? $"{v} ({documented.Description})" : v.ToString(CultureInfo.InvariantCulture)));
        Note($"{field} took {seen.Count} of the {table.Values.Count} values of {table.Table} in idle, busy, rest and wrap-up: {values}. "
            + "The other values were not exercised; the run's coverage section lists them.");
    }

    private static long? NumberOf(JsonNode? node) => node is JsonValue value ? value.GetValueKind() switch
    {
        JsonValueKind.Number when value.TryGetValue<long>(out var n) => n,
        JsonValueKind.String when long.TryParse(value.GetValue<string>(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    } : null;
}
