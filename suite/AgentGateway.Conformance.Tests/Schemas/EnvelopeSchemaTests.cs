using AgentGateway.Conformance.Schemas;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Schemas;

public class EnvelopeSchemaTests
{
    private const string DocumentedSignIn = """
        {"message":"","retcode":"0","result":{"vdnid":1,"workno":"291","mediatype":"TTF","loginTime":"1471585949806",
        "isForceChange":"false","serverName":"AgentGateway","timeRemaining":"9"}}
        """;

    private const string EventWithContent = """
        {"message":"","retcode":"0","event":{"eventType":"AgentState_SetNotReady_Success","workNo":"291",
        "content":{"reason":"200"}}}
        """;

    private const string EventWithGenTime = """
        {"message":"","retcode":"0","event":{"eventType":"AgentState_Ready","eventGenTime":1784529722590,
        "workNo":"49997","content":null}}
        """;

    private static ResponseSchemas Schemas => ResponseSchemas.Load(SchemaProfile.Compatible);

    [TestCase("""{"message":"agent not signed in","retcode":"100-006"}""")]
    [TestCase("""{"message":"","retcode":"not-documented"}""")]
    public void Failure_schema_accepts_a_non_zero_string_retcode_with_a_message(string body)
    {
        ResponseSchemas.Validate(Schemas.Failure, body).Should().BeEmpty();
    }

    [Test]
    public void Failure_schema_rejects_retcode_0()
    {
        ResponseSchemas.Validate(Schemas.Failure, """{"message":"","retcode":"0"}""").Should()
            .Equal(new SchemaViolation(SchemaViolationKind.ExcludedSchemaValidates, "$.retcode"));
    }

    [Test]
    public void Failure_schema_rejects_a_numeric_retcode_and_a_missing_message()
    {
        ResponseSchemas.Validate(Schemas.Failure, """{"retcode":100}""").Should().BeEquivalentTo(
        [
            new SchemaViolation(SchemaViolationKind.PropertyRequired, "$.message"),
            new SchemaViolation(SchemaViolationKind.StringExpected, "$.retcode"),
        ]);
    }

    [Test]
    public void Documented_failure_schema_accepts_a_code_of_the_error_table()
    {
        ResponseSchemas.Validate(Schemas.FailureDocumented, """{"message":"x","retcode":"000-003"}""").Should().BeEmpty();
    }

    [Test]
    public void Documented_failure_schema_rejects_a_code_outside_the_NNN_NNN_form()
    {
        ResponseSchemas.Validate(Schemas.FailureDocumented, """{"message":"x","retcode":"1006"}""").Should()
            .Equal(new SchemaViolation(SchemaViolationKind.PatternMismatch, "$.retcode"));
    }

    [Test]
    public void Documented_failure_schema_rejects_agentStateInfo_in_a_failure()
    {
        var body = """{"message":"x","retcode":"100-006","result":{"agentStateInfo":{}}}""";

        ResponseSchemas.Validate(Schemas.FailureDocumented, body).Should()
            .Equal(new SchemaViolation(SchemaViolationKind.ExcludedSchemaValidates, "$.result.agentStateInfo"));
    }

    [TestCase(DocumentedSignIn, TestName = "Sign_in_schema_accepts_the_documented_success")]
    [TestCase("""{"retcode":"0","msg":"","result":{"workno":"6001","mediatype":"TTT"}}""",
        TestName = "Sign_in_schema_accepts_the_older_short_success")]
    public void Sign_in_schema_accepts_a_documented_success(string body)
    {
        ResponseSchemas.Validate(Schemas.SignInSuccess, body).Should().BeEmpty();
    }

    [Test]
    public void Sign_in_schema_rejects_a_failure_and_a_result_without_workno()
    {
        var body = """{"message":"","retcode":"100-002","result":{"vdnid":1}}""";

        ResponseSchemas.Validate(Schemas.SignInSuccess, body).Should().BeEquivalentTo(
            [
                new SchemaViolation(SchemaViolationKind.NotInEnumeration, "$.retcode"),
                new SchemaViolation(SchemaViolationKind.PropertyRequired, "$.result.workno"),
            ]);
    }

    [TestCase("""{"message":"","retcode":"0","event":{"eventType":"AgentOther_InService","workNo":"291","content":null}}""",
        TestName = "Event_schema_accepts_an_event_without_content")]
    [TestCase(EventWithContent,
        TestName = "Event_schema_accepts_an_event_with_content")]
    [TestCase(EventWithGenTime,
        TestName = "Event_schema_accepts_an_event_with_eventGenTime")]
    [TestCase("""{"message":"","retcode":"0"}""", TestName = "Event_schema_accepts_the_empty_poll")]
    public void Event_schema_accepts_a_documented_poll(string body)
    {
        ResponseSchemas.Validate(Schemas.EventResponse, body).Should().BeEmpty();
    }

    [Test]
    public void Event_schema_rejects_an_event_of_the_wrong_shape()
    {
        var body = """{"message":"","retcode":"0","event":{"workNo":291,"content":"x","eventGenTime":"1784529722590"}}""";

        ResponseSchemas.Validate(Schemas.EventResponse, body).Should().BeEquivalentTo(
        [
            new SchemaViolation(SchemaViolationKind.PropertyRequired, "$.event.eventType"),
            new SchemaViolation(SchemaViolationKind.StringExpected, "$.event.workNo"),
            new SchemaViolation(SchemaViolationKind.NoTypeValidates, "$.event.content"),
            new SchemaViolation(SchemaViolationKind.IntegerExpected, "$.event.eventGenTime"),
        ]);
    }
}
