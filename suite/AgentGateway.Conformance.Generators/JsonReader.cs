using System.Globalization;
using System.Text;

namespace AgentGateway.Conformance.Generators;

/// <summary>
/// A strict RFC 8259 reader: objects, arrays, strings with every escape, numbers, literals; nothing after the value.
/// It rejects what System.Text.Json's defaults reject (comments, trailing commas, control characters in strings,
/// duplicate names within an object), nests at most 64 deep and never throws anything but <see cref="JsonSyntaxException"/>.
/// </summary>
internal sealed class JsonReader
{
    private const int MaxDepth = 64;

    private readonly string _text;
    private int _position;

    private JsonReader(string text)
    {
        _text = text;
    }

    public static JsonValue Parse(string text)
    {
        var reader = new JsonReader(text);
        // A byte order mark is no JSON, but editors write one; System.Text.Json skips it too.
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            reader._position = 1;
        }

        var value = reader.ReadValue(0);
        reader.SkipWhitespace();
        if (reader._position < text.Length)
        {
            throw new JsonSyntaxException("text follows the end of the JSON value", reader._position);
        }

        return value;
    }

    private JsonValue ReadValue(int depth)
    {
        SkipWhitespace();
        if (_position >= _text.Length)
        {
            throw new JsonSyntaxException("the text ends where a value was expected", _position);
        }

        var start = _position;
        switch (_text[_position])
        {
            case '{':
                return ReadObject(depth + 1);
            case '[':
                return ReadArray(depth + 1);
            case '"':
                var text = ReadString();
                return JsonValue.Scalar(JsonKind.String, start, _position, text);
            case 't':
                return ReadLiteral("true", JsonKind.True);
            case 'f':
                return ReadLiteral("false", JsonKind.False);
            case 'n':
                return ReadLiteral("null", JsonKind.Null);
            case var c when c == '-' || IsDigit(c):
                return ReadNumber();
            case var c:
                throw new JsonSyntaxException($"'{Printable(c)}' cannot start a value", _position);
        }
    }

    private JsonValue ReadObject(int depth)
    {
        var start = Enter(depth);
        var members = new List<JsonMember>();
        if (TryConsume('}'))
        {
            return JsonValue.Object(start, _position, members);
        }

        do
        {
            SkipWhitespace();
            var nameStart = _position;
            if (_position >= _text.Length || _text[_position] != '"')
            {
                throw new JsonSyntaxException("a member name in double quotes was expected", _position);
            }

            var name = ReadString();
            if (members.Exists(m => m.Name == name))
            {
                throw new JsonSyntaxException($"the member '{name}' appears twice in one object", nameStart);
            }

            Expect(':');
            members.Add(new JsonMember(name, ReadValue(depth)));
        }
        while (TryConsume(','));

        Expect('}');
        return JsonValue.Object(start, _position, members);
    }

    private JsonValue ReadArray(int depth)
    {
        var start = Enter(depth);
        var items = new List<JsonValue>();
        if (TryConsume(']'))
        {
            return JsonValue.Array(start, _position, items);
        }

        do
        {
            items.Add(ReadValue(depth));
        }
        while (TryConsume(','));

        Expect(']');
        return JsonValue.Array(start, _position, items);
    }

    private int Enter(int depth)
    {
        if (depth > MaxDepth)
        {
            throw new JsonSyntaxException($"values nest deeper than {MaxDepth}", _position);
        }

        return _position++;
    }

    private string ReadString()
    {
        var builder = new StringBuilder();
        _position++;
        while (true)
        {
            if (_position >= _text.Length)
            {
                throw new JsonSyntaxException("a string is not closed", _position);
            }

            var c = _text[_position];
            if (c == '"')
            {
                _position++;
                return builder.ToString();
            }

            if (c < ' ')
            {
                throw new JsonSyntaxException("a control character must be escaped in a string", _position);
            }

            if (c != '\\')
            {
                builder.Append(c);
                _position++;
                continue;
            }

            var escape = _position + 1 < _text.Length ? _text[_position + 1] : '\0';
            _position += 2;
            switch (escape)
            {
                case '"' or '\\' or '/':
                    builder.Append(escape);
                    break;
                case 'b':
                    builder.Append('\b');
                    break;
                case 'f':
                    builder.Append('\f');
                    break;
                case 'n':
                    builder.Append('\n');
                    break;
                case 'r':
                    builder.Append('\r');
                    break;
                case 't':
                    builder.Append('\t');
                    break;
                case 'u':
                    builder.Append(ReadHexCodeUnit());
                    break;
                default:
                    throw new JsonSyntaxException($"'\\{Printable(escape)}' is not a JSON escape", _position - 2);
            }
        }
    }

    private char ReadHexCodeUnit()
    {
        if (_position + 4 > _text.Length
            || !ushort.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit))
        {
            throw new JsonSyntaxException("'\\u' must be followed by four hex digits", _position - 2);
        }

        _position += 4;
        return (char)unit;
    }

    private JsonValue ReadNumber()
    {
        var start = _position;
        TryConsumeChar('-');
        if (TryConsumeChar('0'))
        {
            // RFC 8259: no leading zeros.
        }
        else if (!ConsumeDigits())
        {
            throw new JsonSyntaxException("a number needs digits", _position);
        }

        if (TryConsumeChar('.') && !ConsumeDigits())
        {
            throw new JsonSyntaxException("a fraction needs digits", _position);
        }

        if (TryConsumeChar('e') || TryConsumeChar('E'))
        {
            _ = TryConsumeChar('+') || TryConsumeChar('-');
            if (!ConsumeDigits())
            {
                throw new JsonSyntaxException("an exponent needs digits", _position);
            }
        }

        return JsonValue.Scalar(JsonKind.Number, start, _position, _text.Substring(start, _position - start));
    }

    private bool ConsumeDigits()
    {
        var start = _position;
        while (_position < _text.Length && IsDigit(_text[_position]))
        {
            _position++;
        }

        return _position > start;
    }

    private JsonValue ReadLiteral(string literal, JsonKind kind)
    {
        var start = _position;
        if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0)
        {
            throw new JsonSyntaxException($"'{Printable(_text[_position])}' cannot start a value", _position);
        }

        _position += literal.Length;
        return JsonValue.Scalar(kind, start, _position, null);
    }

    private void Expect(char expected)
    {
        if (!TryConsume(expected))
        {
            var found = _position < _text.Length ? $"'{Printable(_text[_position])}'" : "the end of the text";
            throw new JsonSyntaxException($"'{expected}' was expected, found {found}", _position);
        }
    }

    private bool TryConsume(char expected)
    {
        SkipWhitespace();
        return TryConsumeChar(expected);
    }

    private bool TryConsumeChar(char expected)
    {
        if (_position < _text.Length && _text[_position] == expected)
        {
            _position++;
            return true;
        }

        return false;
    }

    private void SkipWhitespace()
    {
        while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\n' or '\r')
        {
            _position++;
        }
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static string Printable(char c) => c < ' ' ? $"\\u{(int)c:X4}" : c.ToString();
}
