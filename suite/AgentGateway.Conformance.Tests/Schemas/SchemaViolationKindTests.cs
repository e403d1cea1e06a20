using AgentGateway.Conformance.Schemas;
using FluentAssertions;
using NJsonSchema.Validation;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Schemas;

public class SchemaViolationKindTests
{
    [Test]
    public void Every_NJsonSchema_error_kind_has_the_violation_kind_of_the_same_name_and_value()
    {
        var kinds = Enum.GetValues<ValidationErrorKind>();

        kinds.Select(k => (SchemaViolationKind)(int)k).Should().OnlyContain(k => Enum.IsDefined(k));
        kinds.Select(k => ((SchemaViolationKind)(int)k).ToString()).Should().Equal(kinds.Select(k => k.ToString()));
    }

    [Test]
    public void Invalid_json_is_a_kind_of_its_own_outside_NJsonSchema_s_kinds() =>
        Enum.GetValues<ValidationErrorKind>().Select(k => (int)k).Should().NotContain((int)SchemaViolationKind.InvalidJson);

    [TestCase(SchemaViolationKind.PropertyRequired, "$.result.agentStateInfo.state", "PropertyRequired at $.result.agentStateInfo.state")]
    [TestCase(SchemaViolationKind.NoTypeValidates, "$.result.callinfo", "NoTypeValidates at $.result.callinfo")]
    [TestCase(SchemaViolationKind.InvalidJson, "$", "InvalidJson at $")]
    public void A_violation_reads_in_the_reports_as_its_kind_s_name_at_its_path(SchemaViolationKind kind, string path, string text) =>
        new SchemaViolation(kind, path).ToString().Should().Be(text);
}
