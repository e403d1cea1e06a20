using System.Collections.Concurrent;
using System.Text.Json;

namespace AgentGateway.Conformance.Requirements;

/// <summary>
/// The checked-in requirement catalogue (<c>schemas/requirements.json</c>), loaded once per file and looked up by ID.
/// </summary>
public sealed class RequirementCatalogue
{
    private static readonly ConcurrentDictionary<string, Lazy<RequirementCatalogue>> Cache = new(StringComparer.Ordinal);

    private readonly Dictionary<string, Requirement> _byId;

    private RequirementCatalogue(string version, IReadOnlyList<RequirementArea> areas, IReadOnlyList<Requirement> all)
    {
        Version = version;
        Areas = areas;
        All = all;
        _byId = new Dictionary<string, Requirement>(StringComparer.Ordinal);
        foreach (var requirement in all)
        {
            if (!_byId.TryAdd(requirement.Id, requirement))
            {
                throw new InvalidDataException($"The requirement catalogue holds '{requirement.Id}' more than once.");
            }
        }
    }

    /// <summary>The catalogue's own version, such as <c>1.0.0</c>.</summary>
    public string Version { get; }

    /// <summary>The requirement areas in catalogue order.</summary>
    public IReadOnlyList<RequirementArea> Areas { get; }

    /// <summary>Every requirement in catalogue order.</summary>
    public IReadOnlyList<Requirement> All { get; }

    /// <summary>The catalogue shipped beside the suite: <c>schemas/requirements.json</c> beside the assembly.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "schemas", "requirements.json");

    /// <summary>
    /// Loads the catalogue from <paramref name="path"/>, by default <c>schemas/requirements.json</c> beside the assembly.
    /// Each file is read once; later calls return the same instance.
    /// </summary>
    public static RequirementCatalogue Load(string? path = null)
    {
        var fullPath = Path.GetFullPath(path ?? DefaultPath);
        // PublicationOnly does not cache a failed read, so a catalogue fixed on disk loads on the next call.
        return Cache.GetOrAdd(fullPath, p => new Lazy<RequirementCatalogue>(() => Read(p), LazyThreadSafetyMode.PublicationOnly))
            .Value;
    }

    /// <summary>The requirement with the given ID.</summary>
    /// <exception cref="KeyNotFoundException">The catalogue holds no requirement with that ID.</exception>
    public Requirement Get(string id) =>
        _byId.TryGetValue(id, out var requirement)
            ? requirement
            : throw new KeyNotFoundException($"The requirement catalogue holds no requirement '{id}'.");

    /// <summary>Whether the catalogue holds a requirement with the given ID.</summary>
    public bool Contains(string id) => _byId.ContainsKey(id);

    private static RequirementCatalogue Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;

        var areas = root.GetProperty("areas").EnumerateArray()
            .Select(a => new RequirementArea(Text(a, "name", "an area"), Text(a, "prefix", "an area"), Text(a, "title", "an area")))
            .ToList();
        var requirements = root.GetProperty("requirements").EnumerateArray().Select(ReadRequirement).ToList();
        return new RequirementCatalogue(Text(root, "version", "the catalogue"), areas, requirements);
    }

    private static Requirement ReadRequirement(JsonElement element)
    {
        var id = Text(element, "id", "a requirement");
        var context = $"requirement '{id}'";
        var level = Text(element, "level", context) switch
        {
            "MUST" => RequirementLevel.Must,
            "SHOULD" => RequirementLevel.Should,
            var other => throw new InvalidDataException($"Requirement '{id}' has level '{other}'; expected MUST or SHOULD."),
        };
        var note = element.TryGetProperty("note", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
        return new Requirement(
            id,
            Text(element, "area", context),
            level,
            Text(element, "text", context),
            Text(element, "source", context),
            Text(element, "basis", context),
            Strings(element, "profiles", context),
            Strings(element, "editions", context),
            note);
    }

    private static string Text(JsonElement element, string name, string context) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new InvalidDataException($"The requirement catalogue lacks the string '{name}' in {context}.");

    private static string[] Strings(JsonElement element, string name, string context) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(v => v.GetString() ?? string.Empty).ToArray()
            : throw new InvalidDataException($"The requirement catalogue lacks the array '{name}' in {context}.");
}
