using AgentGateway.Conformance.Schemas;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Schemas;

public class PublishedExampleTests
{
    [Test]
    public void Compatible_profile_accepts_the_published_example()
    {
        var schemas = ResponseSchemas.Load(SchemaProfile.Compatible);

        ResponseSchemas.Validate(schemas.SyncSuccess, SchemaSamples.PublishedExample).Should().BeEmpty();
        schemas.SyncSuccessStrict.Should().BeNull("the compatible profile has no WARN-level type schema");
    }

    [Test]
    public void Strict_profile_keeps_the_compatible_schema_as_its_must_level()
    {
        var schemas = ResponseSchemas.Load(SchemaProfile.Strict);

        schemas.SyncSuccess.DocumentPath.Should().EndWith(Path.Combine("compatible", "sync-response.schema.json"));
        ResponseSchemas.Validate(schemas.SyncSuccess, SchemaSamples.PublishedExample).Should().BeEmpty();
    }

    [Test]
    public void Strict_profile_flags_exactly_the_five_deviations_of_the_published_example()
    {
        var strict = ResponseSchemas.Load(SchemaProfile.Strict).SyncSuccessStrict!;

        ResponseSchemas.Validate(strict, SchemaSamples.PublishedExample).Should().BeEquivalentTo(
        [
            new SchemaViolation(SchemaViolationKind.StringExpected, "$.result.callinfo"),
            new SchemaViolation(SchemaViolationKind.StringExpected, "$.result.agentStateInfo.beginHoldTime"),
            new SchemaViolation(SchemaViolationKind.StringExpected, "$.result.agentStateInfo.secondTalkingTime"),
            new SchemaViolation(SchemaViolationKind.StringExpected, "$.result.agentStateInfo.beginTalkingTime"),
            new SchemaViolation(SchemaViolationKind.StringExpected, "$.result.agentStateInfo.agentStateBeginTime"),
        ]);
    }

    [Test]
    public void Strict_profile_accepts_the_published_example_once_its_deviations_have_the_table_types()
    {
        var strict = ResponseSchemas.Load(SchemaProfile.Strict).SyncSuccessStrict!;

        SchemaSamples.Validate(strict, SchemaSamples.ValidExample(SchemaProfile.Strict)).Should().BeEmpty();
    }

    [Test]
    public void Published_example_has_no_unknown_fields()
    {
        ResponseSchemas.FindUnknownFields(SchemaSamples.PublishedExample).Should().BeEmpty();
    }
}
