using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Reports;

[TestFixture]
public sealed class HtmlEncodingTests
{
    private static readonly string Html = SampleRun.Html;

    private static IEnumerable<TestCaseData> GatewayFields() =>
        SampleRun.Payloads.Select(p => new TestCaseData(p.Payload).SetName($"A_script_payload_in_the_{p.Field}_is_shown_as_text"));

    [TestCaseSource(nameof(GatewayFields))]
    public void A_payload_is_shown_only_encoded(string payload)
    {
        Html.Should().NotContain(payload);
        Html.Should().Contain(WebUtility.HtmlEncode(payload));
    }

    [Test]
    public void The_only_script_element_is_the_reports_own()
    {
        Regex.Matches(Html, "<script", RegexOptions.IgnoreCase).Should().HaveCount(1);
        Tags().Should().Contain(t => t.Name == "details" && t.Attributes.Contains("data-status"), "the tags of the report are read");
        Tags().Select(t => t.Name).Should().NotContain(["img", "iframe", "object", "embed", "svg"]);
        Tags().SelectMany(t => t.Attributes).Should().NotContain(a => a.StartsWith("on", StringComparison.OrdinalIgnoreCase));
    }

    [Test]
    public void The_policy_forbids_any_network_and_admits_the_script_and_style_by_hash()
    {
        var policy = Regex.Match(Html, "<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">").Groups[1].Value;
        policy = WebUtility.HtmlDecode(policy);

        policy.Should().StartWith("default-src 'none';");
        policy.Should().NotContain("unsafe-inline").And.NotContain("http").And.NotContain("*");
        policy.Should().Contain($"script-src '{Sha256(Between(Html, "<script>", "</script>"))}'");
        policy.Should().Contain($"style-src '{Sha256(Between(Html, "<style>", "</style>"))}'");
    }

    [Test]
    public void Nothing_is_loaded_from_outside_the_file()
    {
        Tags().SelectMany(t => t.Attributes).Should().NotContain(["src", "srcset", "action", "formaction", "background"]);
        Tags().Select(t => t.Name).Should().NotContain(["link", "base", "form"]);
        Regex.Matches(Html, "href=\"([^\"]*)\"").Select(m => m.Groups[1].Value).Should().OnlyContain(href => href.StartsWith('#'));
    }

    [Test]
    public void The_password_never_appears()
    {
        Html.Should().NotContain(SampleRun.Password);
        Html.Should().Contain(WebUtility.HtmlEncode("\"password\":\"<password>\""));
    }

    [Test]
    public void No_guid_appears_not_even_one_the_checks_left_unredacted()
    {
        Html.Should().NotContain(SampleRun.IssuedGuid);
        Html.Should().NotContain(SampleRun.LeakedGuid);
        Html.Should().NotContain(SampleRun.IssuedGuid[..36]).And.NotContain(SampleRun.LeakedGuid[..36]);
        Html.Should().Contain(WebUtility.HtmlEncode("Guid: <guid #1>"));
        Html.Should().Contain(WebUtility.HtmlEncode("(Guid <guid:unregistered>)"));
    }

    // Every tag of the report: its name and attribute names. Encoded text holds no '<', so this finds real tags only.
    private static IEnumerable<(string Name, IReadOnlyList<string> Attributes)> Tags() =>
        Regex.Matches(Html, "<([a-zA-Z][\\w-]*)([^<>]*)>")
            .Select(m => (m.Groups[1].Value.ToLowerInvariant(), AttributeNames(m.Groups[2].Value)));

    private static IReadOnlyList<string> AttributeNames(string tag) =>
        [.. Regex.Matches(tag, "(?:^|\\s)([^\\s=\"]+)(?:=\"[^\"]*\")?").Select(a => a.Groups[1].Value)];

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal) + start.Length;
        return text[from..text.IndexOf(end, from, StringComparison.Ordinal)];
    }

    private static string Sha256(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
