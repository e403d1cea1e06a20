using AgentGateway.Conformance.Schemas;
using FluentAssertions;
using NJsonSchema;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Schemas;

public class ViolationFlatteningTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromJsonAsync("""
        {
          "type": "object",
          "properties": {
            "time": { "anyOf": [ { "type": "string", "pattern": "^[0-9]+$" }, { "type": "integer" } ] },
            "call": { "oneOf": [
              { "type": "null" },
              { "type": "object", "required": ["id"], "properties": { "id": { "type": "integer" } } } ] },
            "either": { "oneOf": [ { "type": "integer" }, { "type": "number" } ] },
            "list": { "type": "array", "items": { "type": "integer" } }
          }
        }
        """).GetAwaiter().GetResult();

    [Test]
    public void AnyOf_names_the_branch_of_the_right_type()
    {
        ResponseSchemas.Validate(Schema, """{"time":"12:00"}""")
            .Should().Equal(new SchemaViolation(SchemaViolationKind.PatternMismatch, "$.time"));
    }

    [Test]
    public void AnyOf_without_a_branch_of_the_right_type_is_reported_as_such()
    {
        ResponseSchemas.Validate(Schema, """{"time":true}""").Should().Equal(new SchemaViolation(SchemaViolationKind.NotAnyOf, "$.time"));
    }

    [Test]
    public void OneOf_reports_the_nested_error_at_its_own_path()
    {
        ResponseSchemas.Validate(Schema, """{"call":{"id":"7"}}""")
            .Should().Equal(new SchemaViolation(SchemaViolationKind.IntegerExpected, "$.call.id"));
    }

    [Test]
    public void OneOf_matched_twice_is_reported_as_such()
    {
        ResponseSchemas.Validate(Schema, """{"either":1}""").Should().Equal(new SchemaViolation(SchemaViolationKind.NotOneOf, "$.either"));
    }

    [Test]
    public void Array_items_are_named_by_index()
    {
        ResponseSchemas.Validate(Schema, """{"list":[1,"2"]}""")
            .Should().Equal(new SchemaViolation(SchemaViolationKind.IntegerExpected, "$.list[1]"));
    }
}
