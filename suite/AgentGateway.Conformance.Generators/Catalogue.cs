using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;

namespace AgentGateway.Conformance.Generators;

/// <summary>One requirement as the generated constants need it: its ID, area, level and text.</summary>
internal sealed class CatalogueRequirement(string id, string area, string level, string text)
{
    public string Id { get; } = id;

    public string Area { get; } = area;

    public string Level { get; } = level;

    public string Text { get; } = text;

    /// <summary>The constant's name: the ID without <c>SYNC-</c>, in Pascal case (<c>SYNC-AUTH-001</c> is <c>Auth001</c>).</summary>
    public string MemberName
    {
        get
        {
            var parts = Id.Split('-');
            return parts[1].Substring(0, 1) + parts[1].Substring(1).ToLowerInvariant() + parts[2];
        }
    }
}

/// <summary>An area as the generated class's summary names it; prefix and title are optional there.</summary>
internal sealed class CatalogueArea(string name, string? prefix, string? title)
{
    public string Name { get; } = name;

    public string? Prefix { get; } = prefix;

    public string? Title { get; } = title;
}

/// <summary>What is wrong with the catalogue, and where.</summary>
internal sealed class CatalogueProblem(string descriptorId, string message, TextSpan span, LinePositionSpan lines)
    : IEquatable<CatalogueProblem>
{
    public string DescriptorId { get; } = descriptorId;

    public string Message { get; } = message;

    public TextSpan Span { get; } = span;

    public LinePositionSpan Lines { get; } = lines;

    public bool Equals(CatalogueProblem? other) =>
        other is not null && DescriptorId == other.DescriptorId && Message == other.Message && Span == other.Span && Lines == other.Lines;

    public override bool Equals(object? obj) => Equals(obj as CatalogueProblem);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Message) ^ Span.GetHashCode();
}

/// <summary>
/// Reads the fields the constants need from <c>schemas/requirements.json</c>: per requirement <c>id</c>, <c>area</c>,
/// <c>level</c> and <c>text</c>; per area <c>name</c>, <c>prefix</c> and <c>title</c> for the summaries. Every other
/// field is left to the catalogue's JSON Schema and the suite's loader. A problem becomes a <see cref="CatalogueProblem"/>
/// with its place in the file, and the entry it concerns is left out; reading never throws.
/// </summary>
internal sealed class CatalogueReader
{
    // The same pattern as schemas/requirements.schema.json; it also makes the constant's name well defined.
    private static readonly Regex IdPattern = new("^SYNC-[A-Z]+-[0-9]{3}$", RegexOptions.CultureInvariant);

    // An area's name becomes a class name.
    private static readonly Regex AreaPattern = new("^[A-Z][A-Za-z0-9]*$", RegexOptions.CultureInvariant);

    private readonly SourceText _source;
    private readonly List<CatalogueProblem> _problems = [];

    private CatalogueReader(SourceText source)
    {
        _source = source;
    }

    public List<CatalogueRequirement> Requirements { get; } = [];

    public List<CatalogueArea> Areas { get; } = [];

    public IReadOnlyList<CatalogueProblem> Problems => _problems;

    /// <summary>Whether constants can be generated: the file is JSON with a list of requirements.</summary>
    public bool Readable { get; private set; }

    public static CatalogueReader Read(SourceText source)
    {
        var reader = new CatalogueReader(source);
        JsonValue root;
        try
        {
            root = JsonReader.Parse(source.ToString());
        }
        catch (JsonSyntaxException e)
        {
            var at = Math.Min(e.Position, source.Length);
            reader.Report(Diagnostics.Unreadable.Id, $"The catalogue is not JSON: {e.Message}", new TextSpan(at, 0));
            return reader;
        }

        reader.ReadRoot(root);
        return reader;
    }

    private void ReadRoot(JsonValue root)
    {
        if (root.Kind != JsonKind.Object)
        {
            Report(Diagnostics.Unreadable.Id, "The catalogue is not a JSON object", root);
            return;
        }

        if (root["areas"] is { Kind: JsonKind.Array } areas)
        {
            foreach (var area in areas.Items.Where(a => a.Kind == JsonKind.Object))
            {
                if (area["name"] is { Kind: JsonKind.String, Text: { } name } && AreaPattern.IsMatch(name))
                {
                    Areas.Add(new CatalogueArea(name, area["prefix"]?.Text, area["title"]?.Text));
                }
            }
        }

        if (root["requirements"] is not { Kind: JsonKind.Array } requirements)
        {
            Report(Diagnostics.Unreadable.Id, "The catalogue has no array 'requirements'", root);
            return;
        }

        Readable = true;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < requirements.Items.Count; index++)
        {
            if (ReadRequirement(requirements.Items[index], index) is { } requirement)
            {
                if (seen.Add(requirement.Id))
                {
                    Requirements.Add(requirement);
                }
                else
                {
                    Report(Diagnostics.DuplicateId.Id, requirement.Id, requirements.Items[index]);
                }
            }
        }
    }

    private CatalogueRequirement? ReadRequirement(JsonValue element, int index)
    {
        var context = $"The entry requirements[{index}]";
        if (element.Kind != JsonKind.Object)
        {
            Report(Diagnostics.Malformed.Id, $"{context} is not a JSON object", element);
            return null;
        }

        var id = String(element, "id", context);
        if (id is not null)
        {
            context = $"Requirement '{id}'";
            if (!IdPattern.IsMatch(id))
            {
                Report(Diagnostics.Malformed.Id, $"{context} has an ID outside the pattern SYNC-<AREA>-<NNN>", element["id"]!);
                id = null;
            }
        }

        var area = String(element, "area", context);
        if (area is not null && !AreaPattern.IsMatch(area))
        {
            Report(Diagnostics.Malformed.Id, $"{context} has the area '{area}', which is not a name in Pascal case", element["area"]!);
            area = null;
        }

        var level = String(element, "level", context);
        if (level is not null and not "MUST" and not "SHOULD")
        {
            Report(Diagnostics.Malformed.Id, $"{context} has the level '{level}'; expected MUST or SHOULD", element["level"]!);
            level = null;
        }

        var text = String(element, "text", context);
        if (text is { Length: 0 })
        {
            Report(Diagnostics.Malformed.Id, $"{context} has an empty 'text'", element["text"]!);
            text = null;
        }

        return id is null || area is null || level is null || text is null ? null : new CatalogueRequirement(id, area, level, text);
    }

    private string? String(JsonValue element, string name, string context)
    {
        switch (element[name])
        {
            case { Kind: JsonKind.String, Text: { } text }:
                return text;
            case { } other:
                Report(Diagnostics.Malformed.Id, $"{context} has '{name}' of another type than string", other);
                return null;
            default:
                Report(Diagnostics.Malformed.Id, $"{context} lacks the string '{name}'", element);
                return null;
        }
    }

    // An object or array is pointed at by its opening bracket rather than underlined whole.
    private void Report(string descriptorId, string message, JsonValue at)
    {
        var span = at.Kind is JsonKind.Object or JsonKind.Array ? new TextSpan(at.Start, 1) : TextSpan.FromBounds(at.Start, at.End);
        Report(descriptorId, message, span);
    }

    private void Report(string descriptorId, string message, TextSpan span) =>
        _problems.Add(new CatalogueProblem(descriptorId, message, span, _source.Lines.GetLinePositionSpan(span)));
}
