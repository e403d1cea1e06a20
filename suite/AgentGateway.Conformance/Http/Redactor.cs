using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace AgentGateway.Conformance.Http;

/// <summary>
/// Replaces secrets (passwords, Guids the gateway issued) with stable labels before anything is recorded,
/// so no report ever holds a usable credential while a reader can still tell which Guid was sent.
/// </summary>
public sealed partial class Redactor
{
    private readonly ConcurrentDictionary<string, string> _labels = new(StringComparer.Ordinal);
    private int _issued;

    /// <summary>Registers a secret; every later occurrence in recorded text is shown as the label.</summary>
    public void Register(string secret, string label)
    {
        if (secret.Length >= 3)
        {
            _labels[secret] = $"<{label}>";
        }
    }

    /// <summary>Registers a Guid the gateway just issued under the next number, unless it is known already.</summary>
    public void RegisterIssued(string issuedGuid)
    {
        if (!_labels.ContainsKey(issuedGuid))
        {
            Register(issuedGuid, $"guid #{Interlocked.Increment(ref _issued)}");
        }
    }

    public string Redact(string text)
    {
        // ToArray is ConcurrentDictionary's atomic snapshot; LINQ over the live dictionary races with new Guids.
        foreach (var (secret, label) in _labels.ToArray().OrderByDescending(p => p.Key.Length))
        {
            text = text.Replace(secret, label, StringComparison.Ordinal);
        }

        return RedactUnregistered(text);
    }

    /// <summary>
    /// Hides what needs no registration: Guid-shaped values the suite never registered (a gateway issuing one
    /// unexpectedly) and the value of any "password" field. Reports apply it to everything they render.
    /// </summary>
    public static string RedactUnregistered(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = IssuedGuid().Replace(text, "<guid:unregistered>");
        return PasswordField().Replace(text, "\"password\":\"<password>\"");
    }

    [GeneratedRegex(@"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\.AgentGateway\w*")]
    private static partial Regex IssuedGuid();

    [GeneratedRegex("\"password\"\\s*:\\s*\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex PasswordField();
}
