using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace AgentGateway.Conformance.Tests.Support;

/// <summary>
/// A headless Chromium started on a DevTools port of its own choosing, with a throw-away profile; killed with all its
/// processes and its profile deleted on dispose.
/// </summary>
internal sealed partial class HeadlessChromium : IAsyncDisposable
{
    public const string Executable = "/usr/bin/chromium";

    private static readonly TimeSpan StartBudget = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly DirectoryInfo _profile;

    private HeadlessChromium(Process process, DirectoryInfo profile, Uri browserUrl)
    {
        _process = process;
        _profile = profile;
        BrowserUrl = browserUrl;
    }

    /// <summary>The browser's DevTools WebSocket URL, as it printed it on stderr.</summary>
    public Uri BrowserUrl { get; }

    public static async Task<HeadlessChromium> StartAsync()
    {
        var profile = Directory.CreateTempSubdirectory("agw-chromium-");
        var start = new ProcessStartInfo(Executable) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in (string[])["--headless=new", "--remote-debugging-port=0", $"--user-data-dir={profile.FullName}",
            "--no-first-run", "--no-default-browser-check", "--disable-gpu", "--disable-extensions", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "about:blank"])
        {
            start.ArgumentList.Add(argument);
        }

        // Chromium refuses to start its sandbox as root (containers, CI runners); the page it opens is our own report.
        if (Environment.UserName == "root")
        {
            start.ArgumentList.Add("--no-sandbox");
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{Executable} did not start.");
        var browser = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var stderr = new List<string>();
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is null)
            {
                browser.TrySetException(new InvalidOperationException($"Chromium exited before it listened: {string.Join('\n', stderr)}"));
                return;
            }

            lock (stderr)
            {
                stderr.Add(line.Data);
            }

            if (DevToolsLine().Match(line.Data) is { Success: true } match)
            {
                browser.TrySetResult(new Uri(match.Groups[1].Value));
            }
        };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            return new HeadlessChromium(process, profile, await browser.Task.WaitAsync(StartBudget));
        }
        catch
        {
            Kill(process);
            profile.Delete(recursive: true);
            throw;
        }
    }

    /// <summary>Opens a DevTools session on the browser's one page, the about:blank it started with.</summary>
    public async Task<DevToolsSession> OpenPageAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var targets = await http.GetFromJsonAsync<JsonElement>(new Uri($"http://{BrowserUrl.Authority}/json/list"));
        var page = targets.EnumerateArray().First(t => t.GetProperty("type").GetString() == "page");
        return await DevToolsSession.ConnectAsync(new Uri(page.GetProperty("webSocketDebuggerUrl").GetString()!));
    }

    public async ValueTask DisposeAsync()
    {
        Kill(_process);
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        _process.Dispose();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                _profile.Delete(recursive: true);
                return;
            }
            catch (IOException) when (attempt < 10)
            {
                // Helper processes may still be closing files in the profile for a moment after the kill.
                await Task.Delay(200);
            }
        }
    }

    private static void Kill(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
    }

    [GeneratedRegex(@"DevTools listening on (ws://\S+)")]
    private static partial Regex DevToolsLine();
}
