using System.Text.Json.Nodes;
using FluentAssertions;
using AgentGateway.Conformance.Schemas;

namespace AgentGateway.Conformance.Tests.Schemas;

internal static class SchemaSamples
{
    public const string AgentStateInfoPath = "$.result.agentStateInfo";

    public static readonly string[] StrictDeviationsOfThePublishedExample =
    [
        "$.result.callinfo",
        "$.result.agentStateInfo.beginHoldTime",
        "$.result.agentStateInfo.secondTalkingTime",
        "$.result.agentStateInfo.beginTalkingTime",
        "$.result.agentStateInfo.agentStateBeginTime",
    ];

    public static PublishedTables Tables => PublishedTables.Load();

    public static string PublishedExample { get; } =
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "published-example.json"));

    public static ResponseSchemas Schemas(SchemaProfile profile) => ResponseSchemas.Load(profile);

    // The schema a profile certifies the exact table types with: the strict one where there is one.
    public static NJsonSchema.JsonSchema SyncSchemaOf(SchemaProfile profile) =>
        Schemas(profile).SyncSuccessStrict ?? Schemas(profile).SyncSuccess;

    // The published example with its strict-profile deviations set to the table type, so that it is valid in both profiles.
    public static JsonObject ValidExample(SchemaProfile profile)
    {
        var example = JsonNode.Parse(PublishedExample)!.AsObject();
        if (profile == SchemaProfile.Strict)
        {
            foreach (var path in StrictDeviationsOfThePublishedExample)
            {
                example = With(example, path, JsonValue.Create(path.EndsWith("callinfo", StringComparison.Ordinal) ? "" : "1566636286408"));
            }
        }

        return example;
    }

    public static JsonObject With(JsonObject document, string path, JsonNode? value)
    {
        var copy = document.DeepClone().AsObject();
        var (parent, name) = Locate(copy, path);
        parent[name] = value;
        return copy;
    }

    public static JsonObject Without(JsonObject document, string path)
    {
        var copy = document.DeepClone().AsObject();
        var (parent, name) = Locate(copy, path);
        parent.Remove(name).Should().BeTrue($"the sample has {path}");
        return copy;
    }

    public static IReadOnlyList<SchemaViolation> Validate(NJsonSchema.JsonSchema schema, JsonNode document) =>
        ResponseSchemas.Validate(schema, document.ToJsonString());

    private static (JsonObject Parent, string Name) Locate(JsonObject root, string path)
    {
        var names = path.Split('.')[1..];
        var parent = root;
        foreach (var name in names[..^1])
        {
            parent = parent[name]!.AsObject();
        }

        return (parent, names[^1]);
    }
}
