using System.Diagnostics;
using System.Net;
using AgentGateway.Conformance.Http;
using AgentGateway.Conformance.Reports;
using AgentGateway.Conformance.Target;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Reports;

[TestFixture]
public sealed class CurlCommandTests
{
    private static readonly Exchange Sync = SampleRun.Run.Checks[0].Exchanges[1];
    private static readonly Exchange SignIn = SampleRun.Run.Checks[0].Exchanges[0];
    private static readonly TargetFingerprint CaFile = SampleRun.Run.Target!;

    [Test]
    public void A_sync_is_reproduced_with_the_guid_as_a_variable_and_the_ca_file()
    {
        CurlCommand.For(Sync, CaFile).Should().Be(
            "curl -sS -i --path-as-is --cacert gateway-ca.pem -X POST " + SampleRun.SyncUrl
            + " -H 'Guid: '\"${AGW_GUID_1}\" -H 'Content-Type: application/json; charset=UTF-8' --data-binary ''");
    }

    [Test]
    public void A_sign_in_is_reproduced_with_the_password_as_a_variable()
    {
        CurlCommand.For(SignIn, CaFile).Should().EndWith(
            "--data-binary '{\"password\":\"'\"${AGW_PASSWORD}\"'\",\"phonenum\":\"70001\"}'");
        CurlCommand.Variables(SignIn).Should().Equal(("AGW_PASSWORD", "password"));
    }

    [Test]
    public void The_report_shows_the_curl_line_and_the_variables_to_set()
    {
        SampleRun.Html.Should().Contain("<pre class=\"curl\">" + WebUtility.HtmlEncode(CurlCommand.For(Sync, CaFile)) + "</pre>");
        SampleRun.Html.Should().Contain("<pre class=\"curl\">" + WebUtility.HtmlEncode(CurlCommand.For(SignIn, CaFile)) + "</pre>");
        SampleRun.Html.Should().Contain("Reproduce with curl, after setting AGW_GUID_1 (the redacted guid #1)");
    }

    [Test]
    public void Disabled_verification_is_reproduced_with_k() =>
        CurlCommand.For(Sync, CaFile with { TlsVerificationDisabled = true, TlsTrust = "VERIFICATION DISABLED (--insecure)", CaFile = null })
            .Should().StartWith("curl -sS -i --path-as-is -k -X POST ");

    [Test]
    public void The_embedded_gateways_certificate_of_the_run_is_not_verified_again() =>
        CurlCommand.For(Sync, CaFile with { Embedded = true, TlsTrust = "pinned to the embedded gateway's certificate", CaFile = null })
            .Should().StartWith("curl -sS -i --path-as-is -k -X POST ");

    [Test]
    public void System_trust_needs_no_tls_option() =>
        CurlCommand.For(Sync, CaFile with { TlsTrust = "the machine's trust store", CaFile = null })
            .Should().StartWith("curl -sS -i --path-as-is -X POST ");

    [Test]
    public void A_body_without_content_type_is_sent_without_one()
    {
        var exchange = Sync with { RequestHeaders = [new("Guid", "<guid #1>"), new("Content-Length", "2")], RequestBody = "{}" };

        CurlCommand.For(exchange, CaFile).Should().EndWith("-H 'Content-Type:' --data-binary '{}'");
    }

    [Test]
    public void Shell_words_survive_quotes_and_variables()
    {
        if (!File.Exists("/bin/bash"))
        {
            Assert.Ignore("No /bin/bash to parse the line with.");
        }

        var text = "it's <guid #2> and $HOME `id` \"x\"";
        var start = new ProcessStartInfo("/bin/bash") { RedirectStandardOutput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"printf '%s' {CurlCommand.Quote(text)}");
        start.Environment["AGW_GUID_2"] = "G-2";
        using var bash = Process.Start(start)!;
        var output = bash.StandardOutput.ReadToEnd();
        bash.WaitForExit();

        output.Should().Be("it's G-2 and $HOME `id` \"x\"");
    }
}
