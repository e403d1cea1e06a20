using AgentGateway.Conformance.Schemas;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Schemas;

public class UnknownFieldsTests
{
    private static string WithExtras() => SchemaSamples.With(
        SchemaSamples.With(
            SchemaSamples.With(SchemaSamples.ValidExample(SchemaProfile.Compatible), "$.traceId", "abc"),
            "$.result.callId", "1456404043-37"),
        SchemaSamples.AgentStateInfoPath + ".skillId", 7).ToJsonString();

    [Test]
    public void Finds_extra_fields_at_every_level_of_the_tables()
    {
        ResponseSchemas.FindUnknownFields(WithExtras()).Should().BeEquivalentTo(
            "$.traceId", "$.result.callId", "$.result.agentStateInfo.skillId");
    }

    [TestCase(SchemaProfile.Compatible)]
    [TestCase(SchemaProfile.Strict)]
    public void Extra_fields_do_not_fail_the_schemas(SchemaProfile profile)
    {
        var body = SchemaSamples.With(SchemaSamples.ValidExample(profile), "$.traceId", "abc");

        SchemaSamples.Validate(SchemaSamples.SyncSchemaOf(profile), body).Should().BeEmpty();
    }

    [Test]
    public void A_table_field_at_the_wrong_level_is_unknown()
    {
        var body = SchemaSamples.With(SchemaSamples.ValidExample(SchemaProfile.Compatible), "$.state", 1).ToJsonString();

        ResponseSchemas.FindUnknownFields(body).Should().Equal("$.state");
    }

    [Test]
    public void Names_an_odd_field_in_bracket_notation()
    {
        var body = SchemaSamples.With(SchemaSamples.ValidExample(SchemaProfile.Compatible), "$.result.x", 1).ToJsonString()
            .Replace("\"x\":", "\"call info\":", StringComparison.Ordinal);

        ResponseSchemas.FindUnknownFields(body).Should().Equal("$.result['call info']");
    }

    [TestCase("{", TestName = "Finds_no_fields_in_invalid_json")]
    [TestCase("[{\"extra\":1}]", TestName = "Finds_no_fields_in_a_body_that_is_not_an_object")]
    public void Finds_nothing_where_there_is_no_object(string body)
    {
        ResponseSchemas.FindUnknownFields(body).Should().BeEmpty();
    }
}
