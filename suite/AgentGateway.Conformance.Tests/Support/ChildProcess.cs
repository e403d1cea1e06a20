using System.Diagnostics;

namespace AgentGateway.Conformance.Tests.Support;

/// <summary>
/// A program the tests start as a user would: without the test run's <c>AGW_*</c> variables, nor MSBuild's that
/// <c>dotnet test</c> hands its children, its output read as it comes, and killed with its children when it outlives its
/// budget.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Task<string> _stdout;
    private readonly Task<string> _stderr;

    private ChildProcess(Process process)
    {
        Process = process;
        _stdout = process.StandardOutput.ReadToEndAsync();
        _stderr = process.StandardError.ReadToEndAsync();
    }

    public Process Process { get; }

    /// <summary>How <paramref name="program"/> starts in <paramref name="directory"/>; the caller may add variables of its own.</summary>
    public static ProcessStartInfo StartInfo(string program, string directory, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The child reads only the settings given to it: the test run's must not leak into it.
        foreach (var variable in start.Environment.Keys
            .Where(k => k.StartsWith("AGW_", StringComparison.Ordinal) || k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(variable);
        }

        return start;
    }

    /// <summary>The <c>dotnet</c> that runs the tests.</summary>
    public static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";

    public static ChildProcess Start(ProcessStartInfo start) =>
        new(Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start."));

    /// <summary>
    /// Waits for the exit within <paramref name="budget"/>, else kills the process and its children and throws a
    /// <see cref="TimeoutException"/> naming <paramref name="what"/> with its output so far; returns the exit code and the
    /// output, standard output first.
    /// </summary>
    public async Task<(int ExitCode, string Output)> WaitAsync(TimeSpan budget, string what)
    {
        using var timeout = new CancellationTokenSource(budget);
        try
        {
            await Process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{what} did not finish within {budget}: {await _stdout}");
        }

        return (Process.ExitCode, await _stdout + await _stderr);
    }

    public void Dispose() => Process.Dispose();
}
