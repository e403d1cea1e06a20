using System.Globalization;
using System.Text.Json;
using System.Text.Unicode;
using AgentGateway.Reference.Agents;

namespace AgentGateway.Reference.Http;

/// <summary>
/// The sign-in body, read leniently as real clients send it: numbers and booleans may also arrive as JSON strings
/// (<c>"status":"4"</c>, <c>"autoanswer":"false"</c>). Unknown fields are ignored. autoanswer and autoenteridle default to
/// true; releasephone is null when absent, as its default differs between sign-in and forced sign-in.
/// </summary>
internal sealed record SignInRequest(
    string Password, string PhoneNumber, AgentState InitialState, bool AutoAnswer, bool AutoEnterIdle, bool? ReleasePhone)
{
    private static readonly string[] BooleanFields =
        ["autoanswer", "autoenteridle", "releasephone", "phonelinkage", "checkInWebm", "checkInMailm", "listenStatus"];

    /// <summary>The parsed body, or null with the retcode that refuses it.</summary>
    public static (SignInRequest? Request, string? Error) Parse(ReadOnlySpan<byte> body)
    {
        if (!Utf8.IsValid(body))
        {
            return (null, Retcodes.SignInParameterInvalid);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.ToArray(), new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException)
        {
            return (null, Retcodes.SignInParameterInvalid);
        }

        using (document)
        {
            try
            {
                return Read(document.RootElement);
            }
            catch (InvalidOperationException)
            {
                // A string escape that decodes to no text, such as a lone surrogate (\ud800).
                return (null, Retcodes.SignInParameterInvalid);
            }
        }
    }

    private static (SignInRequest?, string?) Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, Retcodes.SignInParameterInvalid);
        }

        var password = Text(root, "password", 32);
        var phone = Text(root, "phonenum", 24);
        var status = Number(root, "status", 4);
        var agentType = Number(root, "agenttype", 4);
        if (password is null || phone is null || status is not (3 or 4 or 5) || BooleanFields.Any(f => !IsBoolean(root, f)))
        {
            return (null, Retcodes.SignInInvalidParameter);
        }

        if (agentType is not (4 or 11))
        {
            return (null, Retcodes.WrongAgentType);
        }

        var initial = status switch
        {
            3 => AgentState.Busy,
            5 => AgentState.WrapUp,
            _ => AgentState.Idle,
        };
        var request = new SignInRequest(password, phone, initial,
            Boolean(root, "autoanswer") ?? true, Boolean(root, "autoenteridle") ?? true, Boolean(root, "releasephone"));
        return (request, null);
    }

    /// <summary>The string (a number is taken as its text; absent or null is ""), or null when invalid or too long.</summary>
    private static string? Text(JsonElement root, string name, int maxLength)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return "";
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.Null => "",
            _ => null,
        };
        return text is not null && text.Length <= maxLength ? text : null;
    }

    /// <summary>The integer (also from a string of digits), the default when absent, or null when invalid.</summary>
    private static int? Number(JsonElement root, string name, int absent)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return absent;
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.TryGetInt32(out var number) ? number : null;
        }

        return value.ValueKind == JsonValueKind.String
            && int.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
    }

    /// <summary>The boolean (also from "true" or "false"); null when absent or null. Call after <see cref="IsBoolean"/>.</summary>
    private static bool? Boolean(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String => bool.Parse(value.GetString()!),
            _ => null,
        };
    }

    private static bool IsBoolean(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return true;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null => true,
            JsonValueKind.String => bool.TryParse(value.GetString(), out _),
            _ => false,
        };
    }
}
