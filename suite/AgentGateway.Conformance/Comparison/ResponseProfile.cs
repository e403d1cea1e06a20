using System.Text.Json;
using AgentGateway.Conformance.Http;

namespace AgentGateway.Conformance.Comparison;

/// <summary>What one JSON path of one kind of response looked like across a side's responses of that kind.</summary>
public sealed class FieldProfile
{
    /// <summary>More distinct values than this and the field is taken for free text, whose value set is not compared.</summary>
    public const int MaxValues = 12;

    private readonly SortedSet<string> _types = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _values = new(StringComparer.Ordinal);

    /// <summary>In how many responses of the kind the path was present.</summary>
    public int Present { get; private set; }

    /// <summary>The JSON types the path held: string, number, boolean, null, object, array, or text for a body that is no JSON.</summary>
    public IReadOnlyCollection<string> Types => _types;

    /// <summary>The distinct scalar values, as JSON literals, while they are few and none of them volatile.</summary>
    public IReadOnlyCollection<string> Values => _values;

    /// <summary>
    /// The values cannot be compared as a set: one looks like a timestamp, an ID or a call ID (four digits in a row, or
    /// a number of 10000 or more), or there were more than <see cref="MaxValues"/> of them.
    /// </summary>
    public bool Volatile { get; private set; }

    internal int LastSeen { get; set; } = -1;

    internal void Count() => Present++;

    internal void Add(JsonElement value)
    {
        _types.Add(TypeOf(value.ValueKind));
        if (value.ValueKind is JsonValueKind.Object or JsonValueKind.Array || Volatile)
        {
            return;
        }

        var literal = value.GetRawText();
        if (LooksVolatile(value, literal) || (_values.Add(literal) && _values.Count > MaxValues))
        {
            Volatile = true;
            _values.Clear();
        }
    }

    internal void AddText() => _types.Add("text");

    private static bool LooksVolatile(JsonElement value, string literal) =>
        value.ValueKind == JsonValueKind.Number
            ? value.TryGetDouble(out var number) && Math.Abs(number) >= 10000
            : literal.Length > 80 || FourDigits(literal);

    private static bool FourDigits(string text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run >= 4)
            {
                return true;
            }
        }

        return false;
    }

    private static string TypeOf(JsonValueKind kind) => kind switch
    {
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Null => "null",
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        _ => "undefined",
    };
}

/// <summary>
/// The fields of one kind of response (<see cref="ExchangeKinds.ResponseKind"/>) across a side's exchanges: for each
/// JSON path, where it was present, its types and its values. Bodies are parsed as data only, with a depth cap.
/// </summary>
public sealed class ResponseProfile
{
    /// <summary>Paths beyond this many per kind are not followed, so one hostile body cannot blow up the comparison.</summary>
    public const int MaxPaths = 2000;

    private static readonly JsonDocumentOptions Parsing = new() { MaxDepth = 32 };

    private readonly Dictionary<string, FieldProfile> _fields = new(StringComparer.Ordinal);

    /// <summary>How many answered responses of the kind the side has.</summary>
    public int Responses { get; private set; }

    public IReadOnlyDictionary<string, FieldProfile> Fields => _fields;

    /// <summary>The profiles of every kind of response of <paramref name="exchanges"/> that came with a whole answer.</summary>
    public static IReadOnlyDictionary<string, ResponseProfile> Of(IEnumerable<Exchange> exchanges)
    {
        var kinds = new SortedDictionary<string, ResponseProfile>(StringComparer.Ordinal);
        foreach (var exchange in exchanges.Where(e => e.Outcome == TransportOutcome.Answered && e.Status is not null))
        {
            var kind = ExchangeKinds.ResponseKind(exchange);
            if (!kinds.TryGetValue(kind, out var profile))
            {
                profile = new ResponseProfile();
                kinds[kind] = profile;
            }

            profile.Add(exchange.ResponseBody);
        }

        return kinds;
    }

    private void Add(string? body)
    {
        var response = Responses++;
        if (string.IsNullOrEmpty(body))
        {
            return;
        }

        try
        {
            using var json = JsonDocument.Parse(body, Parsing);
            Walk("$", json.RootElement, response);
        }
        catch (JsonException)
        {
            Field("$", response)?.AddText();
        }
    }

    private void Walk(string path, JsonElement value, int response)
    {
        var field = Field(path, response);
        if (field is null)
        {
            return;
        }

        field.Add(value);
        if (value.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in value.EnumerateObject())
            {
                Walk($"{path}.{property.Name}", property.Value, response);
            }
        }
        else if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                Walk($"{path}[]", item, response);
            }
        }
    }

    /// <summary>The profile of a path, counted once per response; null once the kind has too many paths.</summary>
    private FieldProfile? Field(string path, int response)
    {
        if (!_fields.TryGetValue(path, out var field))
        {
            if (_fields.Count >= MaxPaths)
            {
                return null;
            }

            field = new FieldProfile();
            _fields[path] = field;
        }

        if (field.LastSeen != response)
        {
            field.LastSeen = response;
            field.Count();
        }

        return field;
    }
}
