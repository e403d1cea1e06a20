using AgentGateway.Conformance.Schemas;
using FluentAssertions;
using NJsonSchema;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Schemas;

public class TableDerivationTests
{
    private static readonly SchemaProfile[] Profiles = [SchemaProfile.Compatible, SchemaProfile.Strict];

    public static IEnumerable<TestCaseData> DeclaredRows() =>
        from profile in Profiles
        from table in SchemaSamples.Tables.ResponseTables
        from row in table.Rows
        select new TestCaseData(profile, table.Table, row)
            .SetName($"{profile}_schema_declares_{Snake(table.Table)}_row_{Snake(row.No)}_{row.Field}_required_as_{row.Type}");

    public static IEnumerable<TestCaseData> ValueRows() =>
        from profile in Profiles
        from table in SchemaSamples.Tables.ResponseTables
        from row in table.Rows
        select new TestCaseData(profile, table.Table, row)
            .SetName($"{profile}_schema_accepts_only_{row.Type}_values_for_{Snake(table.Table)}_row_{Snake(row.No)}_{row.Field}");

    public static IEnumerable<TestCaseData> Tables() =>
        from profile in Profiles
        from table in SchemaSamples.Tables.ResponseTables
        select new TestCaseData(profile, table.Table)
            .SetName($"{profile}_schema_declares_exactly_the_rows_of_{Snake(table.Table)}");

    public static IEnumerable<TestCaseData> Enumerations() =>
        from table in SchemaSamples.Tables.Enumerations
        select new TestCaseData(table)
            .SetName($"Enumeration_schema_{Snake(Path.GetFileName(table.Schema))}_holds_exactly_the_values_of_{Snake(table.Table)}");

    [TestCaseSource(nameof(DeclaredRows))]
    public void Schema_declares_the_row_required_with_its_table_type(SchemaProfile profile, string table, TableRow row)
    {
        var parent = ObjectSchemaOf(profile, table);

        parent.Properties.Should().ContainKey(row.Field);
        parent.RequiredProperties.Should().Contain(row.Field);
        var schema = parent.Properties[row.Field].ActualSchema;
        schema.Type.Should().Be(TableTypes.Expected(profile, row));
        if (row.TimestampMilliseconds)
        {
            schema.Pattern.Should().Be("^[0-9]*$", "a millisecond timestamp string holds digits only, or nothing");
        }

        if (TableTypes.Governing(row) is { } enumeration)
        {
            schema.DocumentPath.Should().EndWith(enumeration.Schema.Replace('/', Path.DirectorySeparatorChar));
            EnumValues(schema).Should().Equal(enumeration.Values.Select(v => (long)v.Value));
        }
        else if (row.Field == "retcode")
        {
            schema.Enumeration.Should().Equal("0");
        }
        else
        {
            schema.Enumeration.Should().BeEmpty();
        }
    }

    [TestCaseSource(nameof(ValueRows))]
    public void Schema_accepts_the_table_type_and_rejects_any_other(SchemaProfile profile, string table, TableRow row)
    {
        var schema = SchemaSamples.SyncSchemaOf(profile);
        var example = SchemaSamples.ValidExample(profile);
        var path = TableNamed(table).Path + "." + row.Field;

        SchemaSamples.Validate(schema, SchemaSamples.Without(example, path)).Should()
            .Equal(new SchemaViolation(SchemaViolationKind.PropertyRequired, path));
        foreach (var value in TableTypes.Accepted(profile, row))
        {
            SchemaSamples.Validate(schema, SchemaSamples.With(example, path, value)).Should()
                .BeEmpty($"{path} = {value?.ToJsonString() ?? "null"} is a {row.Type} in the {profile} profile");
        }

        foreach (var value in TableTypes.Rejected(profile, row))
        {
            SchemaSamples.Validate(schema, SchemaSamples.With(example, path, value)).Should()
                .NotBeEmpty($"{path} = {value?.ToJsonString() ?? "null"} is not a {row.Type} in the {profile} profile")
                .And.OnlyContain(v => v.Path == path);
        }
    }

    [TestCaseSource(nameof(Tables))]
    public void Schema_declares_no_property_that_is_not_a_table_row(SchemaProfile profile, string table)
    {
        var fields = TableNamed(table).Rows.Select(r => r.Field);
        var parent = ObjectSchemaOf(profile, table);

        parent.Properties.Keys.Should().BeEquivalentTo(fields);
        parent.RequiredProperties.Should().BeEquivalentTo(fields);
    }

    [TestCaseSource(nameof(Enumerations))]
    public void Enumeration_schema_holds_exactly_the_table_values(EnumerationTable table)
    {
        var schemas = SchemaSamples.Schemas(SchemaProfile.Compatible);
        var schema = new[] { schemas.AgentState, schemas.CallType, schemas.CurrentCommand }
            .Single(s => s.DocumentPath!.EndsWith(table.Schema.Replace('/', Path.DirectorySeparatorChar), StringComparison.Ordinal));

        schema.Type.Should().Be(JsonObjectType.Integer);
        EnumValues(schema).Should().Equal(table.Values.Select(v => (long)v.Value));
    }

    private static JsonSchema ObjectSchemaOf(SchemaProfile profile, string table)
    {
        var root = SchemaSamples.SyncSchemaOf(profile);
        var path = TableNamed(table).Path!;
        return path.Split('.')[1..].Aggregate(root, (schema, name) => schema.Properties[name].ActualSchema);
    }

    private static FieldTable TableNamed(string table) => SchemaSamples.Tables.ResponseTables.Single(t => t.Table == table);

    private static IEnumerable<long> EnumValues(JsonSchema schema) =>
        schema.Enumeration.Select(v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture));

    private static string Snake(string text) => text.Replace(' ', '_').Replace('.', '_').Replace('-', '_').ToLowerInvariant();
}
