using System.Text.Json;
using AgentGateway.Conformance.Reports;
using AgentGateway.Conformance.Tests.Support;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Reports;

/// <summary>Opens the report of <see cref="SampleRun"/>, whose gateway answers carry script payloads, in headless Chromium.</summary>
[TestFixture]
public sealed class HtmlReportBrowserTests
{
    private OpenedPage? _opened;
    private DirectoryInfo? _reports;
    private Uri _report = null!;

    private DevToolsSession Page => _opened!.Page;

    [OneTimeSetUp]
    public async Task OpenTheReportAsync()
    {
        OpenedPage.RequireBrowser();
        _reports = Directory.CreateTempSubdirectory("agw-html-");
        _report = new Uri(HtmlReportWriter.Write(SampleRun.Run, ReportInputs.Load(), Path.Combine(_reports.FullName, HtmlReportWriter.FileName)));
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
    public void The_page_logs_no_error_and_throws_no_exception()
    {
        var errors = Page.Events.Where(e => e.Method == "Runtime.exceptionThrown"
            || (e.Method == "Runtime.consoleAPICalled" && e.Params.GetProperty("type").GetString() is "error" or "assert")
            || (e.Method == "Log.entryAdded" && e.Params.GetProperty("entry").GetProperty("level").GetString() == "error"));

        errors.Select(DevToolsSession.Describe).Should().BeEmpty();
    }

    [Test, Order(1)]
    public void The_page_requests_nothing_but_itself()
    {
        var requested = Page.Events.Where(e => e.Method == "Network.requestWillBeSent")
            .Select(e => e.Params.GetProperty("request").GetProperty("url").GetString()).ToList();

        requested.Should().Equal(_report.AbsoluteUri);
    }

    [Test, Order(1)]
    public async Task The_inline_script_runs_under_the_policy_and_shows_the_filters()
    {
        (await Page.EvaluateAsync("document.getElementById('filters').hidden")).GetBoolean().Should().BeFalse();
    }

    [Test, Order(2)]
    public async Task No_payload_runs_and_each_is_shown_as_text()
    {
        (await Page.EvaluateAsync("typeof window.__agwPwned")).GetString().Should().Be("undefined");

        await Page.EvaluateAsync("document.querySelectorAll('details').forEach(d => d.open = true)");
        var text = (await Page.EvaluateAsync("document.body.innerText")).GetString();

        (await Page.EvaluateAsync("typeof window.__agwPwned")).GetString().Should().Be("undefined");
        (await Page.EvaluateAsync("document.querySelectorAll('img, iframe, object, embed').length")).GetInt32().Should().Be(0);
        (await Page.EvaluateAsync("document.scripts.length")).GetInt32().Should().Be(1);
        foreach (var (field, payload) in SampleRun.Payloads)
        {
            text.Should().Contain(payload, field);
        }
    }

    [Test, Order(3)]
    public async Task Unticking_a_status_hides_its_rows_and_ticking_it_shows_them_again()
    {
        var shown = await RowsAsync();
        shown.GetProperty("passRows").GetInt32().Should().BeGreaterThan(1, "a check and its requirement are pass rows");
        shown.GetProperty("passHidden").GetInt32().Should().Be(0);

        (await Page.EvaluateAsync("document.getElementById('filter-pass').click(), document.getElementById('filter-pass').checked"))
            .GetBoolean().Should().BeFalse();
        var filtered = await RowsAsync();
        filtered.GetProperty("passHidden").GetInt32().Should().Be(filtered.GetProperty("passRows").GetInt32());
        filtered.GetProperty("othersHidden").GetInt32().Should().Be(0);
        filtered.GetProperty("checkPassVisible").GetBoolean().Should().BeFalse();
        filtered.GetProperty("checkFailVisible").GetBoolean().Should().BeTrue();

        await Page.EvaluateAsync("document.getElementById('filter-pass').click()");
        (await RowsAsync()).GetProperty("passHidden").GetInt32().Should().Be(0);
    }

    [Test, Order(4)]
    public async Task Without_script_every_row_stays_visible_and_no_dead_filter_is_shown()
    {
        await Page.SendAsync("Emulation.setScriptExecutionDisabled", new { value = true });
        var loads = Page.Events.Count(e => e.Method == "Page.loadEventFired");
        await Page.SendAsync("Page.reload");
        await Page.WaitForEventCountAsync("Page.loadEventFired", loads + 1, OpenedPage.LoadBudget);

        var rows = await RowsAsync();
        rows.GetProperty("passRows").GetInt32().Should().BeGreaterThan(1);
        rows.GetProperty("passHidden").GetInt32().Should().Be(0);
        rows.GetProperty("othersHidden").GetInt32().Should().Be(0);
        (await Page.EvaluateAsync("document.getElementById('filters').getClientRects().length")).GetInt32().Should().Be(0);
    }

    private Task<JsonElement> RowsAsync() => Page.EvaluateAsync("""
        (() => {
          const rows = [...document.querySelectorAll('[data-status]')];
          const hidden = r => r.hidden && r.getClientRects().length === 0;
          const pass = rows.filter(r => r.dataset.status === 'pass');
          const visible = s => document.querySelector(`details.check[data-status="${s}"]`).getClientRects().length > 0;
          return {
            passRows: pass.length,
            passHidden: pass.filter(hidden).length,
            othersHidden: rows.filter(r => r.dataset.status !== 'pass').filter(r => r.hidden || r.getClientRects().length === 0).length,
            checkPassVisible: visible('pass'),
            checkFailVisible: visible('fail'),
          };
        })()
        """);
}
