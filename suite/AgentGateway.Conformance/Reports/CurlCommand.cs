using System.Text;
using System.Text.RegularExpressions;
using AgentGateway.Conformance.Http;
using AgentGateway.Conformance.Target;

namespace AgentGateway.Conformance.Reports;

/// <summary>
/// A <c>curl</c> line that sends a recorded exchange again, byte for byte where curl allows. Secrets stay redacted:
/// each redaction label (<c>&lt;guid #3&gt;</c>, <c>&lt;password&gt;</c>) becomes a shell variable
/// (<c>$AGW_GUID_3</c>, <c>$AGW_PASSWORD</c>) the reader sets first; TLS options follow the run's trust. An exchange
/// that got no answer ends with a shell comment naming its outcome.
/// </summary>
public static partial class CurlCommand
{

    private static readonly string[] ComputedHeaders = ["Content-Length", "Host"];

    public static string For(Exchange exchange, TargetFingerprint? target)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        var words = new List<string> { "curl", "-sS", "-i", "--path-as-is" };
        if (exchange.Url.StartsWith("https:", StringComparison.OrdinalIgnoreCase) && TrustOption(target) is { } trust)
        {
            words.AddRange(trust);
        }

        words.Add(exchange.Method == "HEAD" ? "--head" : $"-X {Quote(exchange.Method)}");
        words.Add(Quote(exchange.Url));
        var hasContentType = false;
        foreach (var header in exchange.RequestHeaders)
        {
            if (ComputedHeaders.Contains(header.Name, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            hasContentType |= header.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase);
            words.Add($"-H {Quote($"{header.Name}: {header.Value}")}");
        }

        var hasContent = exchange.RequestBody is not null
            || exchange.RequestHeaders.Any(h => h.Name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase));
        if (hasContent)
        {
            if (!hasContentType)
            {
                // Without this curl would add a form Content-Type the suite never sent.
                words.Add("-H 'Content-Type:'");
            }

            words.Add($"--data-binary {Quote(exchange.RequestBody ?? "")}");
        }

        if (exchange.Status is null)
        {
            // Fixed words only: nothing the gateway sent may reach a line meant for a shell.
            words.Add($"# recorded: {exchange.Headline}");
        }

        return string.Join(' ', words);
    }

    /// <summary>The shell variables a curl line of the exchange needs, each with the redaction label it stands for.</summary>
    public static IReadOnlyList<(string Variable, string Label)> Variables(Exchange exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        var texts = exchange.RequestHeaders.Select(h => h.Value).Append(exchange.Url).Append(exchange.RequestBody ?? "");
        return [.. texts.SelectMany(t => Label().Matches(t)).Select(m => (VariableName(m.Groups[1].Value), m.Groups[1].Value))
            .Distinct().Order()];
    }

    /// <summary>A shell word for the text: literal parts in single quotes, redaction labels as quoted variables.</summary>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (PlainWord().IsMatch(text))
        {
            return text;
        }

        var word = new StringBuilder();
        var last = 0;
        foreach (Match match in Label().Matches(text))
        {
            Literal(word, text[last..match.Index]);
            word.Append("\"${").Append(VariableName(match.Groups[1].Value)).Append("}\"");
            last = match.Index + match.Length;
        }

        Literal(word, text[last..]);
        return word.Length == 0 ? "''" : word.ToString();
    }

    private static string[]? TrustOption(TargetFingerprint? target) => target switch
    {
        null => null,
        { TlsVerificationDisabled: true } => ["-k"],
        // The embedded gateway's certificate exists only for its run: there is nothing on disk to verify against.
        { Embedded: true } => ["-k"],
        { CaFile: { } caFile } => ["--cacert", Quote(caFile)],
        _ => null,
    };

    private static void Literal(StringBuilder word, string text)
    {
        if (text.Length > 0)
        {
            word.Append('\'').Append(text.Replace("'", "'\\''", StringComparison.Ordinal)).Append('\'');
        }
    }

    private static string VariableName(string label) => "AGW_" + NonWord().Replace(label, "_").Trim('_').ToUpperInvariant();

    // The labels Redactor writes for secrets: "<guid #3>", "<guid:unregistered>", "<password>", "<password of agent 41001>",
    // "<made-up guid>".
    [GeneratedRegex("<((?:guid|password|made-up guid)[^<>\\r\\n]{0,60})>")]
    private static partial Regex Label();

    [GeneratedRegex("^[A-Za-z0-9_./:=@%+,-]+$")]
    private static partial Regex PlainWord();

    [GeneratedRegex("[^A-Za-z0-9]+")]
    private static partial Regex NonWord();
}
