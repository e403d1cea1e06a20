using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Support;

/// <summary>
/// A local HTML file opened in a headless Chromium of its own, with the page's runtime, log, network and page events
/// recorded from before it loads, and everything the page does of itself done. Where Chromium is missing the test is
/// ignored, unless <c>AGW_REQUIRE_BROWSER=1</c> (set by CI) makes that a failure.
/// </summary>
internal sealed class OpenedPage : IAsyncDisposable
{
    /// <summary>How long a load of the page may take.</summary>
    public static readonly TimeSpan LoadBudget = TimeSpan.FromSeconds(60);

    private readonly HeadlessChromium _browser;
    private DevToolsSession? _page;

    private OpenedPage(HeadlessChromium browser) => _browser = browser;

    public DevToolsSession Page => _page ?? throw new InvalidOperationException("The page is not open.");

    /// <summary>Ignores the test, or fails it under <c>AGW_REQUIRE_BROWSER=1</c>, when Chromium is not installed.</summary>
    public static void RequireBrowser()
    {
        if (File.Exists(HeadlessChromium.Executable))
        {
            return;
        }

        var message = $"{HeadlessChromium.Executable} is missing: apt-get install -y chromium.";
        if (Environment.GetEnvironmentVariable("AGW_REQUIRE_BROWSER") == "1")
        {
            Assert.Fail($"AGW_REQUIRE_BROWSER=1 but {message}");
        }

        Assert.Ignore(message);
    }

    /// <summary>Starts a browser and opens <paramref name="file"/> in it; the browser is closed again if that fails.</summary>
    public static async Task<OpenedPage> OpenAsync(Uri file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var opened = new OpenedPage(await HeadlessChromium.StartAsync());
        try
        {
            opened._page = await opened._browser.OpenPageAsync();
            await opened.Page.SendAsync("Runtime.enable");
            await opened.Page.SendAsync("Log.enable");
            await opened.Page.SendAsync("Network.enable");
            await opened.Page.SendAsync("Page.enable");
            await opened.Page.SendAsync("Page.navigate", new { url = file.AbsoluteUri });
            await opened.Page.WaitForEventCountAsync("Page.loadEventFired", 1, LoadBudget);
            // Everything the page does of itself (script, any blocked load) has happened once it answered this.
            await opened.Page.EvaluateAsync("new Promise(done => setTimeout(done, 300))");
            return opened;
        }
        catch
        {
            // NUnit skips the one-time tear-down when the set-up throws; the browser must not outlive the test run.
            await opened.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_page is not null)
        {
            await _page.DisposeAsync();
            _page = null;
        }

        await _browser.DisposeAsync();
    }
}
