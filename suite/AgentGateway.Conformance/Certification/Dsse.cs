using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AgentGateway.Conformance.Certification;

/// <summary>One signature of a DSSE envelope: the key's fingerprint and the base64 of the signature's DER.</summary>
public sealed record DsseSignature(string KeyId, string Sig);

/// <summary>
/// A DSSE envelope (github.com/secure-systems-lab/dsse, protocol v1): a base64 payload, its type, and the signatures of
/// its pre-authentication encoding. A package's manifest is one, written in exactly one form, so that a reader can
/// refuse any other byte sequence as edited.
/// </summary>
public sealed record DsseEnvelope(string PayloadType, string Payload, IReadOnlyList<DsseSignature> Signatures)
{
    /// <summary>The payload type of an in-toto statement.</summary>
    public const string InTotoPayloadType = "application/vnd.in-toto+json";

    /// <summary>The '+' and '/' of base64 and of the payload type as themselves, not as \u002B: the manifest is never HTML.</summary>
    private static readonly JavaScriptEncoder Writing = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>
    /// The pre-authentication encoding the signatures are over:
    /// <c>"DSSEv1" SP LEN(type) SP type SP LEN(body) SP body</c>, lengths in ASCII decimal bytes.
    /// </summary>
    public static byte[] Pae(string payloadType, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(payloadType);
        ArgumentNullException.ThrowIfNull(body);
        var type = Encoding.UTF8.GetBytes(payloadType);
        var head = Encoding.ASCII.GetBytes(string.Create(
            CultureInfo.InvariantCulture, $"DSSEv1 {type.Length} {payloadType} {body.Length} "));
        return [.. head, .. body];
    }

    /// <summary>An envelope of <paramref name="body"/>, signed with <paramref name="key"/> or, without one, unsigned.</summary>
    public static DsseEnvelope Seal(string payloadType, byte[] body, SigningKey? key)
    {
        var signatures = key is null
            ? []
            : new[] { new DsseSignature(key.Fingerprint, Convert.ToBase64String(key.Sign(Pae(payloadType, body)))) };
        return new DsseEnvelope(payloadType, Convert.ToBase64String(body), signatures);
    }

    /// <summary>The envelope as the manifest file holds it: indented JSON in a fixed order, ending with a line feed.</summary>
    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = Writing }))
        {
            json.WriteStartObject();
            json.WriteString("payloadType", PayloadType);
            json.WriteString("payload", Payload);
            json.WriteStartArray("signatures");
            foreach (var signature in Signatures)
            {
                json.WriteStartObject();
                json.WriteString("keyid", signature.KeyId);
                json.WriteString("sig", signature.Sig);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>
    /// The envelope <paramref name="bytes"/> holds, when they are exactly the form <see cref="ToBytes"/> writes and every
    /// base64 text is canonical; otherwise a <see cref="FormatException"/> that says what is wrong.
    /// </summary>
    public static DsseEnvelope Parse(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        DsseEnvelope envelope;
        try
        {
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 8 });
            var root = document.RootElement;
            Require(root.ValueKind == JsonValueKind.Object, "it is not a JSON object");
            var signatures = Property(root, "signatures", JsonValueKind.Array).EnumerateArray().Select(s =>
            {
                Require(s.ValueKind == JsonValueKind.Object, "a signature is not a JSON object");
                return new DsseSignature(Text(s, "keyid"), Text(s, "sig"));
            }).ToList();
            envelope = new DsseEnvelope(Text(root, "payloadType"), Text(root, "payload"), signatures);
        }
        catch (JsonException e)
        {
            throw new FormatException($"it is not JSON ({e.Message.Split(" Path:")[0]})", e);
        }

        // Any other spelling of the same content (spaces, order, escapes, a member more) is an edit.
        Require(envelope.ToBytes().AsSpan().SequenceEqual(bytes), "it is not in the form the suite writes (a byte was changed)");
        _ = Base64(envelope.Payload, "the payload");
        foreach (var signature in envelope.Signatures)
        {
            _ = Base64(signature.Sig, "a signature");
        }

        return envelope;
    }

    /// <summary>The payload's bytes.</summary>
    public byte[] Body() => Convert.FromBase64String(Payload);

    /// <summary>The bytes of canonical base64 <paramref name="text"/>: no spaces, padding bits zero.</summary>
    public static byte[] Base64(string text, string what)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            var bytes = Convert.FromBase64String(text);
            Require(Convert.ToBase64String(bytes) == text, $"{what} is not canonical base64");
            return bytes;
        }
        catch (FormatException e) when (e is not DsseFormatException)
        {
            throw new DsseFormatException($"{what} is not base64", e);
        }
    }

    private static JsonElement Property(JsonElement element, string name, JsonValueKind kind)
    {
        Require(element.TryGetProperty(name, out var value) && value.ValueKind == kind, $"'{name}' is missing or not a {kind}");
        return value;
    }

    private static string Text(JsonElement element, string name) => Property(element, name, JsonValueKind.String).GetString()!;

    private static void Require(bool condition, string problem)
    {
        if (!condition)
        {
            throw new DsseFormatException(problem);
        }
    }

    /// <summary>A manifest that is not a DSSE envelope of the form the suite writes.</summary>
    private sealed class DsseFormatException(string message, Exception? inner = null) : FormatException(message, inner);
}
