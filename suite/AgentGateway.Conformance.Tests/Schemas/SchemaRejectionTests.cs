using AgentGateway.Conformance.Schemas;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Schemas;

public class SchemaRejectionTests
{
    private const string Info = SchemaSamples.AgentStateInfoPath;

    public static IEnumerable<TestCaseData> OutOfTableValues()
    {
        var cases = new (string Field, int Value)[]
        {
            ("state", 0), ("state", 18), ("state", 254), ("lastState", 0), ("lastState", 256),
            ("callFeature", 1), ("callFeature", 54), ("talkingCallfeature", -2), ("talkingCallfeature", 40),
            ("curCommand", 25), ("curCommand", 32), ("curCommand", -1),
        };
        return from profile in new[] { SchemaProfile.Compatible, SchemaProfile.Strict }
               from c in cases
               select new TestCaseData(profile, c.Field, c.Value)
                   .SetName($"{profile}_schema_rejects_{c.Field}_{(c.Value < 0 ? "minus_" : "")}{Math.Abs(c.Value)}_outside_its_table");
    }

    [TestCase(SchemaProfile.Compatible)]
    [TestCase(SchemaProfile.Strict)]
    public void Rejects_a_body_without_state(SchemaProfile profile)
    {
        var body = SchemaSamples.Without(SchemaSamples.ValidExample(profile), Info + ".state");

        SchemaSamples.Validate(SchemaSamples.SyncSchemaOf(profile), body).Should()
            .Equal(new SchemaViolation(SchemaViolationKind.PropertyRequired, Info + ".state"));
    }

    [TestCase(SchemaProfile.Compatible)]
    [TestCase(SchemaProfile.Strict)]
    public void Rejects_preBusy_as_the_string_false(SchemaProfile profile)
    {
        var body = SchemaSamples.With(SchemaSamples.ValidExample(profile), Info + ".preBusy", "false");

        SchemaSamples.Validate(SchemaSamples.SyncSchemaOf(profile), body).Should()
            .Equal(new SchemaViolation(SchemaViolationKind.BooleanExpected, Info + ".preBusy"));
    }

    [TestCase(SchemaProfile.Compatible)]
    [TestCase(SchemaProfile.Strict)]
    public void Rejects_state_as_the_string_1(SchemaProfile profile)
    {
        var body = SchemaSamples.With(SchemaSamples.ValidExample(profile), Info + ".state", "1");

        SchemaSamples.Validate(SchemaSamples.SyncSchemaOf(profile), body).Should()
            .Equal(new SchemaViolation(SchemaViolationKind.IntegerExpected, Info + ".state"));
    }

    [TestCaseSource(nameof(OutOfTableValues))]
    public void Rejects_an_enumerated_field_outside_its_table(SchemaProfile profile, string field, int value)
    {
        var body = SchemaSamples.With(SchemaSamples.ValidExample(profile), $"{Info}.{field}", value);

        SchemaSamples.Validate(SchemaSamples.SyncSchemaOf(profile), body).Should()
            .Equal(new SchemaViolation(SchemaViolationKind.NotInEnumeration, $"{Info}.{field}"));
    }

    [Test]
    public void Enumeration_schemas_alone_reject_values_outside_their_tables()
    {
        var schemas = ResponseSchemas.Load(SchemaProfile.Compatible);

        ResponseSchemas.Validate(schemas.AgentState, "0").Should().Equal(new SchemaViolation(SchemaViolationKind.NotInEnumeration, "$"));
        ResponseSchemas.Validate(schemas.CallType, "1").Should().Equal(new SchemaViolation(SchemaViolationKind.NotInEnumeration, "$"));
        ResponseSchemas.Validate(schemas.CurrentCommand, "\"0\"")
            .Should().Equal(new SchemaViolation(SchemaViolationKind.IntegerExpected, "$"));
        ResponseSchemas.Validate(schemas.AgentState, "255").Should().BeEmpty();
    }

    [TestCase(SchemaProfile.Compatible)]
    [TestCase(SchemaProfile.Strict)]
    public void Rejects_retcode_as_the_number_0(SchemaProfile profile)
    {
        var body = SchemaSamples.With(SchemaSamples.ValidExample(profile), "$.retcode", 0);

        SchemaSamples.Validate(SchemaSamples.SyncSchemaOf(profile), body).Should()
            .Equal(new SchemaViolation(SchemaViolationKind.StringExpected, "$.retcode"));
    }

    [Test]
    public void Rejects_a_failure_code_in_a_success_body()
    {
        var body = SchemaSamples.With(SchemaSamples.ValidExample(SchemaProfile.Compatible), "$.retcode", "100-006");

        SchemaSamples.Validate(SchemaSamples.SyncSchemaOf(SchemaProfile.Compatible), body).Should()
            .Equal(new SchemaViolation(SchemaViolationKind.NotInEnumeration, "$.retcode"));
    }

    [TestCase(SchemaProfile.Compatible)]
    [TestCase(SchemaProfile.Strict)]
    public void Rejects_agentStateInfo_null_once_without_listing_its_members(SchemaProfile profile)
    {
        var body = SchemaSamples.With(SchemaSamples.ValidExample(profile), Info, null);

        SchemaSamples.Validate(SchemaSamples.SyncSchemaOf(profile), body).Should()
            .Equal(new SchemaViolation(SchemaViolationKind.ObjectExpected, Info));
    }

    [Test]
    public void Rejects_a_body_that_is_not_an_object()
    {
        ResponseSchemas.Validate(SchemaSamples.SyncSchemaOf(SchemaProfile.Compatible), "[1]").Should()
            .Equal(new SchemaViolation(SchemaViolationKind.ObjectExpected, "$"));
    }

    [TestCase("", TestName = "Reports_an_empty_body_as_invalid_json")]
    [TestCase("{", TestName = "Reports_a_truncated_body_as_invalid_json")]
    [TestCase("{'retcode':'0'}", TestName = "Reports_single_quoted_json_as_invalid_json")]
    [TestCase("{\"retcode\":\"0\",}", TestName = "Reports_a_trailing_comma_as_invalid_json")]
    [TestCase("{\"retcode\":\"0\"} // done", TestName = "Reports_a_comment_as_invalid_json")]
    [TestCase("<html>502 Bad Gateway</html>", TestName = "Reports_an_html_page_as_invalid_json")]
    public void Reports_invalid_json_as_one_violation(string body)
    {
        ResponseSchemas.Validate(SchemaSamples.SyncSchemaOf(SchemaProfile.Compatible), body).Should()
            .Equal(new SchemaViolation(SchemaViolationKind.InvalidJson, "$"));
    }

    [Test]
    public void Strict_profile_rejects_a_timestamp_that_is_not_digits()
    {
        var body = SchemaSamples.With(SchemaSamples.ValidExample(SchemaProfile.Strict), Info + ".currentTime", "2019-08-24T08:45:07Z");

        SchemaSamples.Validate(SchemaSamples.SyncSchemaOf(SchemaProfile.Strict), body).Should()
            .Equal(new SchemaViolation(SchemaViolationKind.PatternMismatch, Info + ".currentTime"));
    }

    [Test]
    public void Compatible_profile_rejects_a_negative_integer_timestamp()
    {
        var body = SchemaSamples.With(SchemaSamples.ValidExample(SchemaProfile.Compatible), Info + ".currentTime", -1);

        SchemaSamples.Validate(SchemaSamples.SyncSchemaOf(SchemaProfile.Compatible), body).Should()
            .Equal(new SchemaViolation(SchemaViolationKind.NumberTooSmall, Info + ".currentTime"));
    }

    [Test]
    public void Compatible_profile_names_the_pattern_when_a_timestamp_string_is_not_digits()
    {
        var body = SchemaSamples.With(SchemaSamples.ValidExample(SchemaProfile.Compatible), Info + ".currentTime", "12:00");

        SchemaSamples.Validate(SchemaSamples.SyncSchemaOf(SchemaProfile.Compatible), body).Should()
            .Equal(new SchemaViolation(SchemaViolationKind.PatternMismatch, Info + ".currentTime"));
    }
}
