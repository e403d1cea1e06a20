using System.Text.Json;
using System.Text.RegularExpressions;

namespace AgentGateway.Conformance.Schemas;

public sealed partial class ResponseSchemas
{
    /// <summary>
    /// Lists the JSON paths of the properties of a syncagentinfo success that no row of Tables 3, 4 or 5 names (a SHOULD:
    /// the schemas themselves allow extra fields). A body that is not a JSON object has none; <see cref="Validate"/> reports it.
    /// </summary>
    public static IReadOnlyList<string> FindUnknownFields(string syncSuccessJson)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(syncSuccessJson);
        }
        catch (JsonException)
        {
            return [];
        }

        using (document)
        {
            var unknown = new List<string>();
            var tables = PublishedTables.Load();
            foreach (var table in tables.ResponseTables)
            {
                if (table.Path is null || Find(document.RootElement, table.Path) is not { ValueKind: JsonValueKind.Object } element)
                {
                    continue;
                }

                var known = table.Rows.Select(r => r.Field).ToHashSet(StringComparer.Ordinal);
                unknown.AddRange(element.EnumerateObject()
                    .Where(p => !known.Contains(p.Name))
                    .Select(p => Child(table.Path, p.Name)));
            }

            return unknown;
        }
    }

    private static JsonElement? Find(JsonElement root, string path)
    {
        var current = root;
        foreach (var name in path.Split('.').Skip(1))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
            {
                return null;
            }
        }

        return current;
    }

    private static string Child(string parent, string name) =>
        PlainName().IsMatch(name) ? $"{parent}.{name}" : $"{parent}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    [GeneratedRegex("^[A-Za-z_$][A-Za-z0-9_$-]*$")]
    private static partial Regex PlainName();
}
