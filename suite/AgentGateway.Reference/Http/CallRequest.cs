using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using AgentGateway.Reference.Calls;

namespace AgentGateway.Reference.Http;

/// <summary>
/// The bodies of callinner and callout, and of the control endpoint's inbound call, read leniently as the sign-in body
/// is: a number may arrive as a JSON string and the other way round; unknown fields are ignored. A body that breaks the
/// documented constraints is refused with 000-002.
/// </summary>
internal static class CallRequest
{
    /// <summary>callappdata: up to 16 KB.</summary>
    private const int MaxCallDataBytes = 16 * 1024;

    /// <summary>
    /// callinner and callout: <c>called</c> (mandatory, 1-24 of digits, * and #), <c>caller</c> (0-24 digits),
    /// <c>skillid</c>, <c>callappdata</c> and <c>mediaability</c> (callout: 0 audio, 1 video, 2 negotiated; ignored
    /// for an internal call). Null when invalid.
    /// </summary>
    public static CallOrder? ParseOrder(ReadOnlySpan<byte> body, bool outbound)
    {
        using var document = Open(body);
        if (document is null)
        {
            return null;
        }

        var root = document.RootElement;
        var called = Text(root, "called");
        var caller = Text(root, "caller");
        var skillId = Number(root, "skillid");
        var callData = Text(root, "callappdata");
        var media = Number(root, "mediaability");
        var valid = FarEndNumbers.IsDialable(called)
            && caller is { Length: <= 24 } && caller.All(char.IsAsciiDigit)
            && skillId is not null
            && callData is not null && Encoding.UTF8.GetByteCount(callData) <= MaxCallDataBytes
            && media is not null && (!outbound || media is 0 or 1 or 2);
        return valid ? new CallOrder(called!, caller!, skillId!.Value, callData!) : null;
    }

    /// <summary>
    /// The control endpoint's inbound call: <c>agentId</c> (mandatory), <c>caller</c> (mandatory, the far end's number),
    /// <c>called</c> (optional, the number the far end dialled; the agent's work number when absent) and
    /// <c>callappdata</c>. Null when invalid; the agent ID is checked by the caller.
    /// </summary>
    public static (string AgentId, string Caller, string Called, string CallData)? ParseInbound(ReadOnlySpan<byte> body)
    {
        using var document = Open(body);
        if (document is null)
        {
            return null;
        }

        var root = document.RootElement;
        var agentId = Text(root, "agentId");
        var caller = Text(root, "caller");
        var called = Text(root, "called");
        var callData = Text(root, "callappdata");
        var valid = agentId is { Length: > 0 } && FarEndNumbers.IsDialable(caller)
            && called is not null && (called.Length == 0 || FarEndNumbers.IsDialable(called))
            && callData is not null && Encoding.UTF8.GetByteCount(callData) <= MaxCallDataBytes;
        return valid ? (agentId!, caller!, called!, callData!) : null;
    }

    /// <summary>The body as a JSON object, or null when it is not valid UTF-8 JSON whose root is an object.</summary>
    private static JsonDocument? Open(ReadOnlySpan<byte> body)
    {
        if (!Utf8.IsValid(body))
        {
            return null;
        }

        try
        {
            var document = JsonDocument.Parse(body.ToArray(), new JsonDocumentOptions { MaxDepth = 32 });
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document;
            }

            document.Dispose();
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The string (a number taken as its text; absent or null is ""), or null for any other kind.</summary>
    private static string? Text(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return "";
        }

        try
        {
            return value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                JsonValueKind.Null => "",
                _ => null,
            };
        }
        catch (InvalidOperationException)
        {
            // A string escape that decodes to no text, such as a lone surrogate (\ud800).
            return null;
        }
    }

    /// <summary>The non-negative integer (also from a string of digits; absent, null or "" is 0), or null when invalid.</summary>
    private static int? Number(JsonElement root, string name)
    {
        var text = Text(root, name);
        if (text is null)
        {
            return null;
        }

        return text.Length == 0 ? 0
            : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
    }
}
