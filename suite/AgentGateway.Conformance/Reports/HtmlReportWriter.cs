using System.Globalization;
using AgentGateway.Conformance.Results;

namespace AgentGateway.Conformance.Reports;

/// <summary>
/// Renders a run as <c>conformance.html</c>: one self-contained page that opens offline, with the verdict, the target's
/// fingerprint, the requirement matrix, every check's evidence with a <c>curl</c> line per exchange, and the fault matrix.
/// Everything the gateway sent is untrusted and goes through <see cref="HtmlMarkup"/>'s encoder.
/// </summary>
public static partial class HtmlReportWriter
{
    public const string FileName = "conformance.html";

    internal static readonly CheckStatus[] Statuses =
        [CheckStatus.Pass, CheckStatus.Fail, CheckStatus.Warn, CheckStatus.Skip, CheckStatus.Error];

    /// <summary>Writes the report to <paramref name="path"/> and returns that path.</summary>
    public static string Write(RunResult run, ReportInputs inputs, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var writer = new StreamWriter(path);
        Write(run, inputs, writer);
        return path;
    }

    public static void Write(RunResult run, ReportInputs inputs, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(writer);
        var catalogue = inputs.Catalogue;
        var html = new HtmlMarkup(writer);
        html.Constant("<!DOCTYPE html>\n");
        html.Open("html", ("lang", "en"));
        html.Open("head");
        html.Open("meta", ("charset", "utf-8"));
        html.Open("meta", ("http-equiv", "Content-Security-Policy"), ("content", HtmlAssets.ContentSecurityPolicy));
        html.Open("meta", ("name", "referrer"), ("content", "no-referrer"));
        html.Open("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"));
        html.Element("title", $"syncagentinfo conformance: {run.Summary.Wording}");
        html.Constant($"<style>{HtmlAssets.Style}</style>");
        html.Close("head");
        html.Line();
        html.Open("body");

        WriteBanner(html, run);
        WriteWaivers(html, run);
        WriteRounds(html, run);
        WriteFingerprint(html, run);
        WriteMatrix(html, run, catalogue);
        WriteCoverage(html, run.Coverage, catalogue);
        WriteAppendix(html, inputs.FaultMatrix, catalogue);

        html.Constant($"<script>{HtmlAssets.Script}</script>");
        html.Close("body");
        html.Close("html");
        html.Line();
    }

    internal static string Css(CheckStatus status) => status.ToString().ToLowerInvariant();

    internal static string Number(double value, string format = "0.#") => value.ToString(format, CultureInfo.InvariantCulture);

    internal static string Utc(DateTimeOffset time, string format) => time.UtcDateTime.ToString(format, CultureInfo.InvariantCulture);

    internal static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Badge(HtmlMarkup html, CheckStatus? status) =>
        html.Element("span", status is { } s ? s.Label() : "NOT RUN", ("class", $"badge s-{(status is { } c ? Css(c) : "none")}"));
}
