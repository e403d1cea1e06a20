using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using AgentGateway.Reference.Tests.Support;

namespace AgentGateway.Reference.Tests.Cli;

/// <summary>The standalone gateway in a process of its own, driven over HTTPS with the documented example requests.</summary>
[NonParallelizable] // starts gateway processes; on two cores they come up faster one at a time
public class StandaloneGatewayTests
{
    private const string SignInBody = """{"password":"","phonenum":"40038","status":"4","releasephone":"false","agenttype":"4"}""";
    private const string EmptyResult = """{"result":{},"message":"success","retcode":"0"}""";

    private string _directory = null!;
    private string _certificateFile = null!;
    private StandaloneProcess _gateway = null!;
    private Uri _baseUri = null!;
    private GatewayClient _client = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _directory = Directory.CreateTempSubdirectory("agw-standalone-").FullName;
        _certificateFile = Path.Combine(_directory, "gateway.pem");
        _gateway = StandaloneProcess.Start("--urls", "https://127.0.0.1:0", "--long-poll", "300ms", "--export-cert", _certificateFile);
        _baseUri = await _gateway.WaitReadyAsync();
        _client = new GatewayClient(_baseUri, X509CertificateLoader.LoadCertificateFromFile(_certificateFile));
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _client.Dispose();
        await _gateway.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Test]
    public void It_listens_on_127_0_0_1_on_the_port_it_picked()
    {
        _baseUri.Scheme.Should().Be("https");
        _baseUri.Host.Should().Be("127.0.0.1");
        _baseUri.Port.Should().BePositive();
        _gateway.Output.Should().Contain("AUTHMODE 2, edition default, faults: none.");
    }

    [Test]
    public async Task The_exported_certificate_is_the_one_it_serves_and_names_127_0_0_1()
    {
        var pem = await File.ReadAllTextAsync(_certificateFile);
        using var exported = X509Certificate2.CreateFromPem(pem);

        pem.Should().StartWith("-----BEGIN CERTIFICATE-----").And.NotContain("PRIVATE KEY");
        exported.HasPrivateKey.Should().BeFalse();
        exported.MatchesHostname("127.0.0.1").Should().BeTrue();
        (await SendAsync(HttpMethod.Get, "agentevent/41001", null)).Retcode.Should().Be("100-006");
    }

    [Test]
    public async Task A_client_that_does_not_trust_the_certificate_cannot_connect()
    {
        using var stranger = new GatewayClient(_baseUri, Tls.GatewayCertificates.CreateSelfSigned());

        var connect = () => stranger.SendAsync(HttpMethod.Get, "agentevent/41001", null);

        await connect.Should().ThrowAsync<HttpRequestException>();
    }

    [Test]
    public async Task The_documented_requests_get_the_documented_answers()
    {
        var signIn = await SendAsync(HttpMethod.Put, "onlineagent/41001", null, SignInBody);
        signIn.Status.Should().Be(200);
        signIn.ContentType.Should().StartWith("application/json");
        signIn.Headers["Set-GUID"].Should().MatchRegex(
            @"^JSESSIONID=[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.AgentGateway0$");
        signIn.Json!["message"]!.GetValue<string>().Should().BeEmpty();
        signIn.Json!["result"]!.AsObject().Select(p => p.Key).Should().BeEquivalentTo(
            "vdnid", "workno", "mediatype", "loginTime", "isForceChange", "serverName", "timeRemaining");
        signIn.Json!["result"]!["workno"]!.GetValue<string>().Should().Be("41001");
        var guid = signIn.SetGuid!;

        (await SendAsync(HttpMethod.Get, "agentevent/41001", guid)).Body.Should().Be(
            """{"message":"","retcode":"0","event":{"eventType":"AgentOther_InService","workNo":"41001","content":null}}""");
        (await SendAsync(HttpMethod.Get, "agentevent/41001", guid)).Body.Should().Be(
            """{"message":"","retcode":"0","event":{"eventType":"AgentState_Ready","workNo":"41001","content":null}}""");

        (await SendAsync(HttpMethod.Post, "onlineagent/41001/saybusy?reason=200", guid)).Body.Should().Be(EmptyResult);
        (await SendAsync(HttpMethod.Get, "agentevent/41001", guid)).Body.Should().Be("""
            {"message":"","retcode":"0","event":{"eventType":"AgentState_SetNotReady_Success","workNo":"41001","content":{"reason":"200"}}}
            """);
        (await SendAsync(HttpMethod.Post, "onlineagent/41001/sayfree", guid)).Body.Should().Be(EmptyResult);

        var sync = await SendAsync(HttpMethod.Post, "onlineagent/41001/syncagentinfo", guid);
        sync.Status.Should().Be(200);
        sync.ContentType.Should().StartWith("application/json");
        sync.Json!["retcode"]!.GetValue<string>().Should().Be("0");
        sync.Json!["message"]!.GetValue<string>().Should().Be("success");
        var examplePath = Path.Combine(AppContext.BaseDirectory, "fixtures", "published-example.json");
        var published = JsonNode.Parse(await File.ReadAllTextAsync(examplePath))!;
        sync.Json!.AsObject().Select(p => p.Key).Should().BeEquivalentTo(published.AsObject().Select(p => p.Key));
        sync.Json!["result"]!.AsObject().Select(p => p.Key).Should().BeEquivalentTo(published["result"]!.AsObject().Select(p => p.Key));
        sync.StateInfo!.Select(p => p.Key).Should().Equal(published["result"]!["agentStateInfo"]!.AsObject().Select(p => p.Key));
        sync.StateInfo!["workNo"]!.GetValue<string>().Should().Be("41001");
        sync.StateInfo!["state"]!.GetValue<int>().Should().Be(1);
        sync.StateInfo!["lastState"]!.GetValue<int>().Should().Be(4);

        var started = TimeProvider.System.GetTimestamp();
        var empty = await SendAsync(HttpMethod.Get, "agentevent/41001", guid);
        empty.Body.Should().Be("""{"message":"","retcode":"0"}""", "the sync cleared the sayfree event");
        TimeProvider.System.GetElapsedTime(started).Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(250));

        (await SendAsync(HttpMethod.Delete, "onlineagent/41001/logout", guid)).Body.Should().Be(EmptyResult);
        (await SendAsync(HttpMethod.Post, "onlineagent/41001/syncagentinfo", guid)).Retcode.Should().Be("100-006");
    }

    [Test]
    public async Task An_unsupported_method_on_syncagentinfo_gets_405_with_Allow_POST()
    {
        var reply = await SendAsync(HttpMethod.Get, "onlineagent/41001/syncagentinfo", null);

        reply.Status.Should().Be(405);
        reply.Headers["Allow"].Should().Be("POST");
    }

    [Test]
    public async Task The_control_endpoint_is_off_by_default_so_its_path_answers_404()
    {
        var reply = await SendAsync(HttpMethod.Post, "/reference/calls/inbound", null, """{"agentId":"41001","caller":"88001"}""");

        reply.Status.Should().Be(404);
    }

    [Test]
    public async Task A_second_gateway_on_a_busy_port_exits_with_code_1()
    {
        await using var second = StandaloneProcess.Start("--urls", $"https://127.0.0.1:{_baseUri.Port}");

        (await second.WaitExitAsync()).Should().Be(1);
        second.Output.Should().Contain($"Cannot listen on 127.0.0.1:{_baseUri.Port}");
    }

    [Test]
    public async Task A_gateway_with_faults_shows_them_and_stops_on_SIGTERM_with_code_0()
    {
        var certificate = Path.Combine(_directory, "faulty.pem");
        await using var faulty = StandaloneProcess.Start("--urls", "https://127.0.0.1:0", "--fault", "retcode-as-number,clock-skew",
            "--authmode", "1", "--edition", "2025", "--export-cert", certificate);
        var baseUri = await faulty.WaitReadyAsync();
        faulty.Output.Should().Contain("AUTHMODE 1, edition 2025, faults: retcode-as-number,clock-skew.");

        using var client = new GatewayClient(baseUri, X509CertificateLoader.LoadCertificateFromFile(certificate));
        var signIn = await client.SendAsync(HttpMethod.Put, "onlineagent/999999", null, SignInBody);
        var body = (await client.SendAsync(HttpMethod.Post, "onlineagent/999999/syncagentinfo", signIn.SetGuid)).Body;

        body.Should().Contain("\"retcode\":0");
        (await faulty.StopAsync()).Should().Be(0);
    }

    [Test]
    public async Task A_gateway_with_variations_and_a_hostile_mode_shows_them_and_applies_them()
    {
        var certificate = Path.Combine(_directory, "varied.pem");
        await using var varied = StandaloneProcess.Start("--urls", "https://127.0.0.1:0", "--variation", "wrong-method-retcode",
            "--hostile", "redirect", "--redirect-to", "https://elsewhere.example/", "--export-cert", certificate);
        var baseUri = await varied.WaitReadyAsync();
        varied.Output.Should().Contain("variations: wrong-method-retcode; hostile mode: redirect (every POST syncagentinfo).");

        using var client = new GatewayClient(baseUri, X509CertificateLoader.LoadCertificateFromFile(certificate));
        var wrongMethod = await client.SendAsync(HttpMethod.Get, "onlineagent/41001/syncagentinfo", null);
        var sync = await client.SendAsync(HttpMethod.Post, "onlineagent/41001/syncagentinfo", null);

        wrongMethod.Status.Should().Be(200);
        wrongMethod.Retcode.Should().Be("000-002");
        sync.Status.Should().Be(307);
        sync.Headers["Location"].Should().Be("https://elsewhere.example/agentgateway/resource/onlineagent/41001/syncagentinfo");
        (await varied.StopAsync()).Should().Be(0);
    }

    [TestCase("pem-with-key-file")]
    [TestCase("pem-with-key-inside")]
    [TestCase("pfx-with-password")]
    public async Task A_certificate_given_with_cert_is_the_one_served_and_exported(string form)
    {
        using var own = Tls.GatewayCertificates.CreateSelfSigned();
        var certificate = Path.Combine(_directory, form + ".cert");
        var key = Path.Combine(_directory, form + ".key");
        var exported = Path.Combine(_directory, form + ".exported.pem");
        var keyPem = own.GetECDsaPrivateKey()!.ExportPkcs8PrivateKeyPem();
        string[] certificateOptions = form switch
        {
            "pem-with-key-file" => ["--cert", certificate, "--key", key],
            "pem-with-key-inside" => ["--cert", certificate],
            _ => ["--cert", certificate, "--cert-password", "s3cret"],
        };
        switch (form)
        {
            case "pem-with-key-file":
                await File.WriteAllTextAsync(certificate, own.ExportCertificatePem());
                await File.WriteAllTextAsync(key, keyPem);
                break;
            case "pem-with-key-inside":
                await File.WriteAllTextAsync(certificate, own.ExportCertificatePem() + "\n" + keyPem);
                break;
            default:
                await File.WriteAllBytesAsync(certificate, own.Export(X509ContentType.Pfx, "s3cret"));
                break;
        }

        await using var gateway = StandaloneProcess.Start(
            ["--urls", "https://127.0.0.1:0", "--export-cert", exported, .. certificateOptions]);
        var baseUri = await gateway.WaitReadyAsync();
        using var client = new GatewayClient(baseUri, own);

        (await client.SendAsync(HttpMethod.Get, "agentevent/41001", null)).Retcode.Should().Be("100-006");
        (await File.ReadAllTextAsync(exported)).Trim().Should().Be(own.ExportCertificatePem().Trim());
    }

    private Task<Reply> SendAsync(HttpMethod method, string path, string? guid, string? body = null) =>
        _client.SendAsync(method, path, guid, body);
}
