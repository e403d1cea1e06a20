using AgentGateway.Conformance.Schemas;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Schemas;

public class SchemaAssertionsTests
{
    private static ResponseSchemas Schemas => ResponseSchemas.Load(SchemaProfile.Compatible);

    [Test]
    public void MatchSchema_passes_a_body_the_schema_accepts()
    {
        var act = () => SchemaSamples.PublishedExample.Should().MatchSchema(Schemas.SyncSuccess);

        act.Should().NotThrow();
    }

    [Test]
    public void MatchSchema_failure_lists_every_violation_as_kind_and_path_one_per_line()
    {
        var body = SchemaSamples.With(
            SchemaSamples.Without(SchemaSamples.ValidExample(SchemaProfile.Compatible), SchemaSamples.AgentStateInfoPath + ".state"),
            SchemaSamples.AgentStateInfoPath + ".preBusy",
            "false").ToJsonString();

        var act = () => body.Should().MatchSchema(Schemas.SyncSuccess, "the gateway answered a sync");

        var message = act.Should().Throw<AssertionException>().Which.Message;
        var lines = message.Split('\n').Select(l => l.Trim()).ToList();
        lines.Should().Contain("PropertyRequired at $.result.agentStateInfo.state");
        lines.Should().Contain("BooleanExpected at $.result.agentStateInfo.preBusy");
        message.Should().Contain("because the gateway answered a sync").And.Contain("2 violation(s)");
        message.Should().NotContain("#/", "the validator's own paths and message text stay out");
    }

    [Test]
    public void MatchSchema_failure_reports_invalid_json()
    {
        var act = () => "<html>".Should().MatchSchema(Schemas.Failure);

        act.Should().Throw<AssertionException>().Which.Message.Split('\n').Select(l => l.Trim())
            .Should().Contain("InvalidJson at $");
    }

    [Test]
    public void MatchSchema_failure_reports_a_missing_body_as_invalid_json()
    {
        string? body = null;

        var act = () => body.Should().MatchSchema(Schemas.Failure);

        act.Should().Throw<AssertionException>().Which.Message.Should().Contain("InvalidJson at $");
    }
}
