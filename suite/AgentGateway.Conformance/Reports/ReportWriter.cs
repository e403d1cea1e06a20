using AgentGateway.Conformance.Results;

namespace AgentGateway.Conformance.Reports;

/// <summary>
/// Writes every report of a run into one folder: the model (<c>results.json</c>) and each rendering of it.
/// A new rendering is one more writer here, reading only the <see cref="RunResult"/>.
/// </summary>
public static class ReportWriter
{
    /// <summary>Writes the reports and returns their paths, the model first.</summary>
    public static IReadOnlyList<string> WriteAll(RunResult run, string directory)
    {
        ArgumentNullException.ThrowIfNull(run);
        Directory.CreateDirectory(directory);
        var written = new List<string>();

        var results = Path.Combine(directory, ResultsJsonWriter.FileName);
        ResultsJsonWriter.Write(run, results);
        written.Add(results);
        written.Add(HtmlReportWriter.Write(run, Path.Combine(directory, HtmlReportWriter.FileName)));

        var junit = Path.Combine(directory, JUnitReportWriter.FileName);
        JUnitReportWriter.Write(run, junit);
        written.Add(junit);

        return written;
    }
}
