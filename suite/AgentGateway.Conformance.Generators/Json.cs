namespace AgentGateway.Conformance.Generators;

/// <summary>The kinds of JSON value the catalogue reader tells apart.</summary>
internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>A JSON value with the place in the text it was read from, so that a diagnostic can point at it.</summary>
internal sealed class JsonValue
{
    private JsonValue(JsonKind kind, int start, int end, string? text, List<JsonValue>? items, List<JsonMember>? members)
    {
        Kind = kind;
        Start = start;
        End = end;
        Text = text;
        Items = items ?? [];
        Members = members ?? [];
    }

    public JsonKind Kind { get; }

    public int Start { get; }

    public int End { get; }

    /// <summary>The decoded value of a string, the literal text of a number; null for the other kinds.</summary>
    public string? Text { get; }

    public List<JsonValue> Items { get; }

    public List<JsonMember> Members { get; }

    /// <summary>The value of the member named <paramref name="name"/> of an object, or null.</summary>
    public JsonValue? this[string name] => Members.Find(m => m.Name == name)?.Value;

    public static JsonValue Scalar(JsonKind kind, int start, int end, string? text) => new(kind, start, end, text, null, null);

    public static JsonValue Array(int start, int end, List<JsonValue> items) => new(JsonKind.Array, start, end, null, items, null);

    public static JsonValue Object(int start, int end, List<JsonMember> members) => new(JsonKind.Object, start, end, null, null, members);
}

/// <summary>One name and value of a JSON object.</summary>
internal sealed class JsonMember(string name, JsonValue value)
{
    public string Name { get; } = name;

    public JsonValue Value { get; } = value;
}

/// <summary>Text that is not JSON (RFC 8259), with the offset where reading stopped.</summary>
internal sealed class JsonSyntaxException(string message, int position) : Exception(message)
{
    public int Position { get; } = position;
}
