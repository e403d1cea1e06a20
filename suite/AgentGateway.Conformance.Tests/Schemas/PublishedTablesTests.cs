using System.Text.Json.Nodes;
using AgentGateway.Conformance.Schemas;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Schemas;

public class PublishedTablesTests
{
    private static PublishedTables Tables => SchemaSamples.Tables;

    private static JsonObject Example => JsonNode.Parse(SchemaSamples.PublishedExample)!.AsObject();

    [Test]
    public void Table_5_has_the_25_rows_numbered_as_published()
    {
        Tables.AgentStateInfo.Rows.Select(r => r.No).Should().Equal(Enumerable.Range(1, 25).Select(i => $"3.2.{i}"));
    }

    [Test]
    public void Response_tables_name_exactly_the_fields_of_the_published_example()
    {
        var info = Example["result"]!["agentStateInfo"]!.AsObject();

        Tables.ResponseBody.Rows.Select(r => r.Field).Should().BeEquivalentTo(Example.Select(p => p.Key));
        Tables.Result.Rows.Select(r => r.Field).Should().BeEquivalentTo(Example["result"]!.AsObject().Select(p => p.Key));
        Tables.AgentStateInfo.Rows.Select(r => r.Field).Should().Equal(info.Select(p => p.Key));
    }

    [Test]
    public void Timestamp_rows_are_exactly_those_whose_description_says_milliseconds()
    {
        var rows = Tables.ResponseTables.SelectMany(t => t.Rows).ToList();

        rows.Where(r => r.TimestampMilliseconds).Select(r => r.Field).Should().BeEquivalentTo(
            rows.Where(r => r.Description.Contains("timestamp, in milliseconds", StringComparison.Ordinal)).Select(r => r.Field));
        rows.Where(r => r.TimestampMilliseconds).Should().HaveCount(6).And.OnlyContain(r => r.Type == "string");
    }

    [Test]
    public void Value_types_are_those_the_pages_use()
    {
        Tables.ResponseTables.Concat([Tables.UriParameters, Tables.RequestHeaders]).SelectMany(t => t.Rows)
            .Select(r => r.Type).Should().OnlyContain(t => t == "string" || t == "int" || t == "boolean" || t == "object");
    }

    [Test]
    public void Only_tables_1_and_2_carry_a_mandatory_column()
    {
        Tables.UriParameters.Rows.Concat(Tables.RequestHeaders.Rows).Should().OnlyContain(r => r.Mandatory == true);
        Tables.ResponseTables.SelectMany(t => t.Rows).Should().OnlyContain(r => r.Mandatory == null);
    }

    [Test]
    public void Enumeration_tables_govern_int_rows_of_table_5()
    {
        var governed = Tables.Enumerations.SelectMany(e => e.Governs).ToList();

        governed.Should().BeEquivalentTo("state", "lastState", "callFeature", "talkingCallfeature", "curCommand");
        Tables.AgentStateInfo.Rows.Where(r => governed.Contains(r.Field)).Should().HaveCount(5).And.OnlyContain(r => r.Type == "int");
    }

    [Test]
    public void Agent_state_table_holds_1_to_17_and_255()
    {
        Tables.AgentState.Values.Select(v => v.Value).Should().Equal(Enumerable.Range(1, 17).Append(255));
        Tables.AgentState.Values.Should().Contain(new EnumerationValue(1, "idle")).And.Contain(new EnumerationValue(255, "abnormal state"));
    }

    [Test]
    public void Enumeration_values_are_distinct_and_described()
    {
        foreach (var table in Tables.Enumerations)
        {
            table.Values.Select(v => v.Value).Should().OnlyHaveUniqueItems(table.Title);
            table.Values.Should().OnlyContain(v => !string.IsNullOrWhiteSpace(v.Description), table.Title);
        }
    }

    [Test]
    public void Published_example_uses_only_table_values_for_enumerated_fields()
    {
        var info = Example["result"]!["agentStateInfo"]!.AsObject();

        foreach (var table in Tables.Enumerations)
        {
            foreach (var field in table.Governs)
            {
                table.Values.Select(v => v.Value).Should().Contain(info[field]!.GetValue<int>(), field);
            }
        }
    }
}
