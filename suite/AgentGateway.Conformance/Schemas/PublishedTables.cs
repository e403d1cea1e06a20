using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgentGateway.Conformance.Schemas;

/// <summary>
/// The published tables of the syncagentinfo page (Tables 1-7) and the Agent Status page's Table 3, read from
/// <c>schemas/tables/syncagentinfo.tables.json</c>: the data the response schemas are derived from.
/// </summary>
public sealed class PublishedTables
{
    private static readonly ConcurrentDictionary<string, Lazy<PublishedTables>> Cache = new(StringComparer.Ordinal);

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    /// <summary>Table 1: the URI parameter.</summary>
    public required FieldTable UriParameters { get; init; }

    /// <summary>Table 2: the request headers.</summary>
    public required FieldTable RequestHeaders { get; init; }

    /// <summary>Table 3: the response body.</summary>
    public required FieldTable ResponseBody { get; init; }

    /// <summary>Table 4: <c>result</c>.</summary>
    public required FieldTable Result { get; init; }

    /// <summary>Table 5: <c>agentStateInfo</c>, 25 rows.</summary>
    public required FieldTable AgentStateInfo { get; init; }

    /// <summary>Table 6: call type values.</summary>
    public required EnumerationTable CallType { get; init; }

    /// <summary>Table 7: <c>curCommand</c> values.</summary>
    public required EnumerationTable CurrentCommand { get; init; }

    /// <summary>Table 3 of the Agent Status page: agent state values, 255 included.</summary>
    public required EnumerationTable AgentState { get; init; }

    /// <summary>The tables that describe the response body (3, 4 and 5), outermost first.</summary>
    public IReadOnlyList<FieldTable> ResponseTables => [ResponseBody, Result, AgentStateInfo];

    /// <summary>The enumeration tables.</summary>
    public IReadOnlyList<EnumerationTable> Enumerations => [AgentState, CallType, CurrentCommand];

    /// <summary>
    /// Reads the tables from <paramref name="schemasDirectory"/> (default: <c>schemas</c> beside the assembly), once per directory.
    /// </summary>
    public static PublishedTables Load(string? schemasDirectory = null)
    {
        var directory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(schemasDirectory ?? ResponseSchemas.DefaultDirectory));
        return Cache.GetOrAdd(directory, d => new Lazy<PublishedTables>(() => Read(d))).Value;
    }

    private static PublishedTables Read(string directory)
    {
        var path = Path.Combine(directory, "tables", "syncagentinfo.tables.json");
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<PublishedTables>(stream, Options)
            ?? throw new InvalidDataException($"{path} holds no tables.");
    }
}

/// <summary>A published table of fields, with the JSON path of the object its rows describe (absent for tables 1 and 2).</summary>
public sealed record FieldTable(string Table, string Title, string? Path, IReadOnlyList<TableRow> Rows);

/// <summary>
/// One published row: its number (such as "3.2.10"), field, value type as published (string, int, boolean, object),
/// the mandatory flag where the table has one, the description verbatim, and whether it is a timestamp in milliseconds.
/// </summary>
public sealed record TableRow(
    string No,
    string Field,
    string Type,
    bool? Mandatory,
    string Description,
    bool TimestampMilliseconds = false);

/// <summary>A published table of enumeration values, the fields it governs, and the schema file that holds it.</summary>
public sealed record EnumerationTable(
    string Table,
    string Title,
    string Schema,
    IReadOnlyList<string> Governs,
    IReadOnlyList<EnumerationValue> Values);

/// <summary>One enumeration value and its published description.</summary>
public sealed record EnumerationValue(int Value, string Description);
