using System.Globalization;
using System.Text.Json.Nodes;
using AgentGateway.Conformance.Schemas;
using NJsonSchema;

namespace AgentGateway.Conformance.Tests.Schemas;

// How a published value type reads in each profile (spec README, rulings "Types (compatible)", "Types (strict)" and
// "Success envelope"), and sample values on either side of that reading.
internal static class TableTypes
{
    private const string Timestamp = "1566636307992";

    public static bool IsEnvelope(TableRow row) => row.Field is "message" or "retcode";

    public static JsonObjectType Expected(SchemaProfile profile, TableRow row)
    {
        var compatible = profile == SchemaProfile.Compatible;
        return row.Type switch
        {
            "string" when IsEnvelope(row) => JsonObjectType.String,
            "string" when row.TimestampMilliseconds && compatible => JsonObjectType.String | JsonObjectType.Integer | JsonObjectType.Null,
            "string" when compatible => JsonObjectType.String | JsonObjectType.Null,
            "string" => JsonObjectType.String,
            "int" => JsonObjectType.Integer,
            "boolean" => JsonObjectType.Boolean,
            "object" => JsonObjectType.Object,
            _ => throw new ArgumentOutOfRangeException(nameof(row), row.Type, "not a published value type"),
        };
    }

    public static EnumerationTable? Governing(TableRow row) =>
        SchemaSamples.Tables.Enumerations.SingleOrDefault(e => e.Governs.Contains(row.Field));

    public static IEnumerable<JsonNode?> Accepted(SchemaProfile profile, TableRow row)
    {
        var compatible = profile == SchemaProfile.Compatible;
        if (row.Field == "retcode")
        {
            return [JsonValue.Create("0")];
        }

        if (Governing(row) is { } table)
        {
            return table.Values.Select(v => (JsonNode?)JsonValue.Create(v.Value));
        }

        return (row.Type, row.TimestampMilliseconds) switch
        {
            ("string", true) when compatible => [JsonValue.Create(Timestamp), JsonValue.Create(""), JsonValue.Create(1566636307992L), null],
            ("string", true) => [JsonValue.Create(Timestamp), JsonValue.Create("")],
            ("string", false) when compatible && !IsEnvelope(row) => [JsonValue.Create("41001"), JsonValue.Create(""), null],
            ("string", false) => [JsonValue.Create("41001"), JsonValue.Create("")],
            ("int", _) => [JsonValue.Create(0), JsonValue.Create(1)],
            ("boolean", _) => [JsonValue.Create(true), JsonValue.Create(false)],
            _ => [],
        };
    }

    public static IEnumerable<JsonNode?> Rejected(SchemaProfile profile, TableRow row)
    {
        var compatible = profile == SchemaProfile.Compatible;
        if (row.Field == "retcode")
        {
            return [JsonValue.Create(0), JsonValue.Create("100-006"), JsonValue.Create(""), null];
        }

        if (Governing(row) is { } table)
        {
            var values = table.Values.Select(v => v.Value).ToHashSet();
            var outside = values.SelectMany(v => new[] { v - 1, v + 1 }).Where(v => !values.Contains(v)).Distinct();
            return outside.Select(v => (JsonNode?)JsonValue.Create(v))
                .Concat([JsonValue.Create(values.First().ToString(CultureInfo.InvariantCulture)), null, JsonValue.Create(true)]);
        }

        return (row.Type, row.TimestampMilliseconds) switch
        {
            ("string", true) when compatible =>
                [JsonValue.Create("2019-08-24"), JsonValue.Create("-1"), JsonValue.Create(true), JsonValue.Create(1.5)],
            ("string", true) => [JsonValue.Create("2019-08-24"), JsonValue.Create(1566636307992L), null, JsonValue.Create(true)],
            ("string", false) when compatible && !IsEnvelope(row) => [JsonValue.Create(41001), JsonValue.Create(false), new JsonObject()],
            ("string", false) => [JsonValue.Create(41001), JsonValue.Create(false), new JsonObject(), null],
            ("int", _) => [JsonValue.Create("0"), JsonValue.Create(true), JsonValue.Create(1.5), null],
            ("boolean", _) => [JsonValue.Create("false"), JsonValue.Create(0), null],
            ("object", _) => [JsonValue.Create("{}"), new JsonArray(), null],
            _ => [],
        };
    }
}
