using AgentGateway.Conformance.Schemas;
using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using NJsonSchema;

namespace AgentGateway.Conformance.Tests.Schemas;

/// <summary>
/// FluentAssertions for JSON bodies: <c>body.Should().MatchSchema(schema)</c> fails with every violation as "Kind at Path",
/// one per line, and never with the validator's message text.
/// </summary>
public static class SchemaAssertions
{
    /// <summary>Asserts that the string is JSON that <paramref name="schema"/> accepts.</summary>
    public static AndConstraint<StringAssertions> MatchSchema(
        this StringAssertions assertions,
        JsonSchema schema,
        string because = "",
        params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(assertions);
        ArgumentNullException.ThrowIfNull(schema);
        var violations = assertions.Subject is null
            ? [new SchemaViolation(SchemaViolationKind.InvalidJson, "$")]
            : ResponseSchemas.Validate(schema, assertions.Subject);

        // The list goes into the message itself: as an argument FluentAssertions would quote it or dump the records' members.
        var list = string.Concat(violations.Select(v => Environment.NewLine + "  " + Escape(v.ToString())));
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(violations.Count == 0)
            .FailWith($"Expected the body to match schema {{0}}{{reason}}, but found {violations.Count} violation(s):{list}",
                schema.Title ?? schema.DocumentPath ?? "(untitled)");

        return new AndConstraint<StringAssertions>(assertions);
    }

    private static string Escape(string text) =>
        text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);
}
