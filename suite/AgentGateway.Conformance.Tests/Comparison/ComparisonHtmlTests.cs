using AgentGateway.Conformance.Comparison;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Comparison;

/// <summary>The markup of comparison.html for real runs: both fingerprints, the warnings, the policy and the encoding.</summary>
[TestFixture]
public sealed class ComparisonHtmlTests
{
    private ComparedRuns _runs = null!;

    [OneTimeSetUp]
    public async Task MakeTheRunsAsync() => _runs = await ComparedRuns.GetAsync();

    [Test]
    public void The_page_allows_only_its_own_style_and_script_and_nothing_from_a_network()
    {
        var html = Render(ComparedRuns.Compare(_runs.Conformant, _runs.Faulty));

        html.Should().Contain($"<meta http-equiv=\"Content-Security-Policy\" content=\"{System.Net.WebUtility.HtmlEncode(ComparisonHtmlAssets.ContentSecurityPolicy)}\">");
        ComparisonHtmlAssets.ContentSecurityPolicy.Should().StartWith("default-src 'none'; style-src 'sha256-").And.Contain("script-src 'sha256-");
        var comparison = ComparedRuns.Compare(_runs.Conformant, _runs.Faulty);
        Render(comparison).Should().Contain($"<h1>{comparison.Counts[CheckChange.Regression]} REGRESSIONS</h1>");
    }

    [Test]
    public void Both_fingerprints_are_shown_and_a_row_that_differs_is_marked()
    {
        var html = Render(ComparedRuns.Compare(_runs.Conformant, _runs.Faulty));

        html.Should().Contain($"<td class=\"mono\">{_runs.Conformant.Target!.CertificateSha256}</td>");
        html.Should().Contain($"<td class=\"mono\">{_runs.Faulty.Target!.CertificateSha256}</td>");
        html.Should().Contain("<tr class=\"differs\"><th>TLS certificate SHA-256</th>", "each embedded gateway makes a certificate of its own");
        html.Should().Contain("<tr><th>profile</th><td class=\"mono\">compatible</td><td class=\"mono\">compatible</td></tr>");
        html.Should().NotContain("id=\"warnings\"");
    }

    [Test]
    public void An_unfair_comparison_is_warned_of_at_the_top()
    {
        var html = Render(ComparedRuns.Compare(_runs.Conformant, _runs.Conformant with { Profile = "strict" }));

        html.Should().Contain("<ul class=\"warnings\" id=\"warnings\"><li>Different profile: compatible before, strict after;");
        html.IndexOf("id=\"warnings\"", StringComparison.Ordinal).Should().BeLessThan(html.IndexOf("id=\"fingerprints\"", StringComparison.Ordinal));
    }

    [Test]
    public void Gateway_text_is_encoded()
    {
        var html = Render(HostileComparison.Of(_runs));

        foreach (var (where, payload) in HostileComparison.Payloads)
        {
            html.Should().NotContain(payload, where);
        }

        html.Should().Contain("&lt;script&gt;/*server*/window.__agwPwned=1&lt;/script&gt;");
        html.Split("<script>").Should().HaveCount(2, "the page's own script is its only one");
    }

    private static string Render(RunComparison comparison)
    {
        using var writer = new StringWriter();
        ComparisonHtmlWriter.Write(comparison, writer);
        return writer.ToString();
    }
}
