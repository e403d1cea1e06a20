using System.Text.Json;
using AgentGateway.Conformance.Comparison;
using AgentGateway.Conformance.Tests.Support;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Comparison;

/// <summary>Opens comparison.html of the hostile comparison, whose gateway text carries script payloads, in headless Chromium.</summary>
[TestFixture]
public sealed class ComparisonHtmlBrowserTests
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private OpenedPage? _opened;
    private DirectoryInfo? _reports;
    private Uri _report = null!;
    private RunComparison _comparison = null!;

    private DevToolsSession Page => _opened!.Page;

    [OneTimeSetUp]
    public async Task OpenTheComparisonAsync()
    {
        OpenedPage.RequireBrowser();
        _comparison = HostileComparison.Of(await ComparedRuns.GetAsync());
        _reports = Directory.CreateTempSubdirectory("agw-compare-html-");
        var path = Path.Combine(_reports.FullName, ComparisonHtmlWriter.FileName);
        await using (var writer = new StreamWriter(path))
        {
            ComparisonHtmlWriter.Write(_comparison, writer);
        }

        _report = new Uri(path);
        _opened = await OpenedPage.OpenAsync(_report);
    }

    [OneTimeTearDown]
    public async Task CloseTheBrowserAsync()
    {
        if (_opened is not null)
        {
            await _opened.DisposeAsync();
            _opened = null;
        }

        _reports?.Delete(recursive: true);
        _reports = null;
    }

    [Test, Order(1)]
    public void The_page_logs_no_error_and_requests_nothing_but_itself()
    {
        var errors = Page.Events.Where(e => e.Method == "Runtime.exceptionThrown"
            || (e.Method == "Log.entryAdded" && e.Params.GetProperty("entry").GetProperty("level").GetString() == "error"));
        var requested = Page.Events.Where(e => e.Method == "Network.requestWillBeSent")
            .Select(e => e.Params.GetProperty("request").GetProperty("url").GetString()).ToList();

        errors.Select(DevToolsSession.Describe).Should().BeEmpty();
        requested.Should().Equal(_report.AbsoluteUri);
    }

    [Test, Order(2)]
    public async Task No_payload_runs_and_each_is_shown_as_text()
    {
        var text = (await Page.EvaluateAsync("document.body.innerText")).GetString();

        (await Page.EvaluateAsync("typeof window.__agwPwned")).GetString().Should().Be("undefined");
        (await Page.EvaluateAsync("document.querySelectorAll('img, svg, iframe, object, embed').length")).GetInt32().Should().Be(0);
        (await Page.EvaluateAsync("document.scripts.length")).GetInt32().Should().Be(1);
        text.Should().Contain(HostileComparison.Payload("server header"));
        text.Should().Contain(HostileComparison.Payload("purpose").Replace("=1", "=#", StringComparison.Ordinal), "a kind's purpose has its numbers taken out");
        text.Should().Contain("Refuses <script>/*check*/window. agwPwned=1</script>|x", "the check's name is shown as its sentence");
        text.Should().Contain("x|<script>/*field*/window.__agwPwned=1</script>");
        text.Should().Contain(JsonSerializer.Serialize(HostileComparison.Payload("message value"), Relaxed), "a value is shown as its JSON literal");
    }

    [Test, Order(3)]
    public async Task Unchanged_checks_start_hidden_and_each_filter_hides_and_shows_its_rows()
    {
        var start = await RowsAsync();
        start.GetProperty("unchanged").GetInt32().Should().BePositive();
        start.GetProperty("unchangedShown").GetInt32().Should().Be(0, "unchanged checks are hidden until asked for");
        start.GetProperty("regressionShown").GetInt32().Should().Be(_comparison.Counts[CheckChange.Regression]).And.BePositive();

        await Page.EvaluateAsync("document.getElementById('filter-unchanged').click(); document.getElementById('filter-regression').click()");
        var flipped = await RowsAsync();
        flipped.GetProperty("unchangedShown").GetInt32().Should().Be(flipped.GetProperty("unchanged").GetInt32());
        flipped.GetProperty("regressionShown").GetInt32().Should().Be(0);
        flipped.GetProperty("addedShown").GetInt32().Should().Be(_comparison.Counts[CheckChange.Added]).And.BePositive();

        await Page.EvaluateAsync("document.getElementById('filter-regression').click()");
        (await RowsAsync()).GetProperty("regressionShown").GetInt32().Should().Be(_comparison.Counts[CheckChange.Regression]);
    }

    [Test, Order(4)]
    public async Task Without_script_every_row_stays_visible_and_no_dead_filter_is_shown()
    {
        await Page.SendAsync("Emulation.setScriptExecutionDisabled", new { value = true });
        var loads = Page.Events.Count(e => e.Method == "Page.loadEventFired");
        await Page.SendAsync("Page.reload");
        await Page.WaitForEventCountAsync("Page.loadEventFired", loads + 1, OpenedPage.LoadBudget);

        var rows = await RowsAsync();
        rows.GetProperty("unchangedShown").GetInt32().Should().Be(rows.GetProperty("unchanged").GetInt32());
        (await Page.EvaluateAsync("document.getElementById('filters').getClientRects().length")).GetInt32().Should().Be(0);
    }

    private Task<JsonElement> RowsAsync() => Page.EvaluateAsync("""
        (() => {
          const rows = change => [...document.querySelectorAll(`tr[data-change="${change}"]`)];
          const shown = change => rows(change).filter(r => !r.hidden && r.getClientRects().length > 0).length;
          return {
            unchanged: rows('unchanged').length,
            unchangedShown: shown('unchanged'),
            regressionShown: shown('regression'),
            addedShown: shown('added'),
          };
        })()
        """);
}
