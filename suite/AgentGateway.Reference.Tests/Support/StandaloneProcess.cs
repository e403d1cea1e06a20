using System.Diagnostics;
using System.Text;
using AgentGateway.Reference.Cli;

namespace AgentGateway.Reference.Tests.Support;

/// <summary>
/// The standalone gateway as its users run it: <c>dotnet AgentGateway.Reference.dll [options]</c> in a process of its own,
/// ready once it prints its "Listening on" line, stopped with SIGTERM.
/// </summary>
internal sealed class StandaloneProcess : IAsyncDisposable
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _errors = new();
    private readonly TaskCompletionSource<Uri> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private StandaloneProcess(Process process)
    {
        _process = process;
    }

    /// <summary>Everything the gateway has written to standard output and standard error so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString() + _errors;
            }
        }
    }

    public int Id => _process.Id;

    /// <summary>Starts the gateway; whether it came up, <see cref="WaitReadyAsync"/> or <see cref="WaitExitAsync"/> tell.</summary>
    public static StandaloneProcess Start(params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "AgentGateway.Reference.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start };
        var standalone = new StandaloneProcess(process);
        process.OutputDataReceived += (_, line) => standalone.Receive(line.Data, standalone._output);
        process.ErrorDataReceived += (_, line) => standalone.Receive(line.Data, standalone._errors);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return standalone;
    }

    /// <summary>The address from the "Listening on" line.</summary>
    public async Task<Uri> WaitReadyAsync()
    {
        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(_ready.Task, exited, Task.Delay(Budget));
        if (first == _ready.Task)
        {
            return await _ready.Task;
        }

        throw new InvalidOperationException(first == exited
            ? $"The gateway exited with code {_process.ExitCode} before it listened: {Output}"
            : $"The gateway did not listen within {Budget}: {Output}");
    }

    /// <summary>Sends SIGTERM (Ctrl+C's sibling) and returns the exit code.</summary>
    public async Task<int> StopAsync()
    {
        if (!_process.HasExited)
        {
            using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync();
        }

        return await WaitExitAsync();
    }

    public async Task<int> WaitExitAsync()
    {
        using var timeout = new CancellationTokenSource(Budget);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Receive(string? line, StringBuilder into)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            into.AppendLine(line);
        }

        if (line.StartsWith(StandaloneProgram.ReadyPrefix, StringComparison.Ordinal))
        {
            _ready.TrySetResult(new Uri(line[StandaloneProgram.ReadyPrefix.Length..].Trim()));
        }
    }
}
