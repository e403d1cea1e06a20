using AgentGateway.Conformance.Results;

namespace AgentGateway.Conformance.Reports;

/// <summary>
/// Writes every report of a run into one folder: the model (<c>results.json</c>) and each rendering of it.
/// A new rendering is one more writer here, reading only the summarised <see cref="RunResult"/> and the
/// <see cref="ReportInputs"/>.
/// </summary>
public static class ReportWriter
{
    /// <summary>Writes the reports and returns their paths, the model first.</summary>
    public static IReadOnlyList<string> WriteAll(RunResult run, ReportInputs inputs, string directory)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(inputs);
        Directory.CreateDirectory(directory);
        return
        [
            Write(directory, ResultsJsonWriter.FileName, path => ResultsJsonWriter.Write(run, path)),
            Write(directory, HtmlReportWriter.FileName, path => HtmlReportWriter.Write(run, inputs, path)),
            Write(directory, JUnitReportWriter.FileName, path => JUnitReportWriter.Write(run, inputs.Catalogue, path)),
        ];
    }

    private static string Write(string directory, string fileName, Action<string> write)
    {
        var path = Path.Combine(directory, fileName);
        write(path);
        return path;
    }
}
