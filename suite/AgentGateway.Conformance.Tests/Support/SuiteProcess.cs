using System.Diagnostics;
using AgentGateway.Conformance.Results;

namespace AgentGateway.Conformance.Tests.Support;

/// <summary>
/// Runs the suite as its users do, as a process of its own (the program behind run.sh), and reads back its exit code,
/// its console output, results.json and the text of every report it wrote (named by its path in the reports folder:
/// <c>round-1/results.json</c> for a round of a repeated run).
/// </summary>
internal static class SuiteProcess
{
    private static readonly TimeSpan Budget = TimeSpan.FromMinutes(3);

    /// <summary>How the run ended; <see cref="Run"/> is null when it stopped before checking (a configuration error).</summary>
    public sealed record Outcome(int ExitCode, RunResult? Run, string Output, IReadOnlyDictionary<string, string> Reports)
    {
        public RunResult Results => Run ?? throw new InvalidOperationException($"The suite wrote no results (exit code {ExitCode}): {Output}");

        /// <summary>Wall time of the process, start to exit.</summary>
        public TimeSpan Elapsed { get; init; }

        /// <summary>The highest resident set the process reached (VmHWM), where the system tells it; null elsewhere.</summary>
        public long? PeakResidentBytes { get; init; }
    }

    /// <param name="arguments">The command line, without <c>--reports</c>.</param>
    /// <param name="environment">Variables for the process, beside the test run's own that are not <c>AGW_*</c>.</param>
    /// <param name="interruptWhen">
    /// When given, the process is sent SIGINT, as Ctrl+C sends it, once this completes with true.
    /// </param>
    /// <param name="reports">
    /// Whether the command writes reports: a run writes them into a temporary folder of its own (<c>--reports</c>), read
    /// back into the outcome; a command that writes none (<c>baseline write</c>) is given no such option.
    /// </param>
    public static async Task<Outcome> RunAsync(
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null,
        Task<bool>? interruptWhen = null,
        bool reports = true)
    {
        var folder = Directory.CreateTempSubdirectory("agw-matrix-");
        try
        {
            var start = ChildProcess.StartInfo(
                ChildProcess.Dotnet,
                folder.FullName,
                [Path.Combine(AppContext.BaseDirectory, "AgentGateway.Conformance.dll"), .. arguments, .. reports ? ["--reports", folder.FullName] : Array.Empty<string>()]);
            foreach (var (variable, value) in environment ?? new Dictionary<string, string>())
            {
                start.Environment[variable] = value;
            }

            var started = Stopwatch.GetTimestamp();
            using var child = ChildProcess.Start(start);
            var peak = WatchPeakResidentAsync(child.Process);
            var interrupted = interruptWhen is null ? Task.CompletedTask : InterruptAsync(child.Process, interruptWhen);
            var (exitCode, output) = await child.WaitAsync(Budget, "The suite");
            var elapsed = Stopwatch.GetElapsedTime(started);
            await interrupted;

            var results = Path.Combine(folder.FullName, ResultsJsonWriter.FileName);
            var run = File.Exists(results) ? ResultsJsonWriter.Read(await File.ReadAllTextAsync(results)) : null;
            var reportFiles = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var file in folder.GetFiles("*", SearchOption.AllDirectories))
            {
                reportFiles[Path.GetRelativePath(folder.FullName, file.FullName)] = await File.ReadAllTextAsync(file.FullName);
            }

            return new Outcome(exitCode, run, output, reportFiles) { Elapsed = elapsed, PeakResidentBytes = await peak };
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Sends SIGINT to the process once <paramref name="when"/> says so, unless it has ended by then.</summary>
    private static async Task InterruptAsync(Process process, Task<bool> when)
    {
        if (!await when || process.HasExited)
        {
            return;
        }

        using var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }

    /// <summary>
    /// Reads the kernel's high-water mark of the process's resident set until it exits; the mark only grows, so the
    /// last reading is the peak up to a few milliseconds before the exit.
    /// </summary>
    private static async Task<long?> WatchPeakResidentAsync(Process process)
    {
        var status = $"/proc/{process.Id}/status";
        long? peak = null;
        while (!process.HasExited)
        {
            try
            {
                var line = (await File.ReadAllLinesAsync(status)).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
                if (line is not null && long.TryParse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], out var kib))
                {
                    peak = Math.Max(peak ?? 0, kib * 1024);
                }
            }
            catch (IOException)
            {
                // The process ended between the check and the read.
            }
            catch (UnauthorizedAccessException)
            {
                return peak;
            }

            await Task.Delay(50);
        }

        return peak;
    }
}
