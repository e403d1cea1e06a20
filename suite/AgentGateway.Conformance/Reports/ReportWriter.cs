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
        return
        [
            Write(directory, ResultsJsonWriter.FileName, path => ResultsJsonWriter.Write(run, path)),
            Write(directory, HtmlReportWriter.FileName, path => HtmlReportWriter.Write(run, path)),
            Write(directory, JUnitReportWriter.FileName, path => JUnitReportWriter.Write(run, path)),
        ];
    }

    private static string Write(string directory, string fileName, Action<string> write)
    {
        var path = Path.Combine(directory, fileName);
        write(path);
        return path;
    }
}
