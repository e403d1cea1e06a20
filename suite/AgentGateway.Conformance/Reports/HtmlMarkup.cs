using System.Net;
using System.Text.RegularExpressions;
using AgentGateway.Conformance.Http;

namespace AgentGateway.Conformance.Reports;

/// <summary>
/// Writes HTML through one encoder: every text and attribute value is cleared of stray secrets (Guid-shaped values,
/// password fields) and HTML-encoded. Only tag and attribute names, which must be plain names, and the report's own
/// constant markup are written as they are.
/// </summary>
internal sealed partial class HtmlMarkup(TextWriter writer)
{
    public void Open(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        writer.Write('<');
        writer.Write(Name(tag));
        foreach (var (name, value) in attributes)
        {
            if (value is null)
            {
                continue;
            }

            writer.Write(' ');
            writer.Write(Name(name));
            writer.Write("=\"");
            writer.Write(Encode(value));
            writer.Write('"');
        }

        writer.Write('>');
    }

    public void Close(string tag)
    {
        writer.Write("</");
        writer.Write(Name(tag));
        writer.Write('>');
    }

    /// <summary>A table's row of column headings.</summary>
    public void HeadingRow(params IEnumerable<string> headings)
    {
        ArgumentNullException.ThrowIfNull(headings);
        Open("tr");
        foreach (var heading in headings)
        {
            Element("th", heading);
        }

        Close("tr");
    }

    /// <summary>An element holding only text.</summary>
    public void Element(string tag, string? text, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        Open(tag, attributes);
        Text(text);
        Close(tag);
    }

    public void Text(string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            writer.Write(Encode(text));
        }
    }

    /// <summary>
    /// Text built by the report from values that went through <see cref="Scrub"/> already, such as a curl line, where
    /// scrubbing again would mistake its shell quoting for a password field. It is still HTML-encoded.
    /// </summary>
    public void ScrubbedText(string tag, string text, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        Open(tag, attributes);
        writer.Write(WebUtility.HtmlEncode(text));
        Close(tag);
    }

    public void Line() => writer.Write('\n');

    /// <summary>Markup the report itself defines (doctype, style sheet, script); never anything from a run.</summary>
    public void Constant(string markup) => writer.Write(markup);

    public static string Scrub(string text) => Redactor.RedactUnregistered(text);

    private static string Encode(string text) => WebUtility.HtmlEncode(Scrub(text));

    private static string Name(string name) =>
        PlainName().IsMatch(name) ? name : throw new ArgumentException($"'{name}' is not a plain tag or attribute name.", nameof(name));

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex PlainName();
}
