using System.Text;
using System.Text.Json;
using AgentGateway.Reference.Hostile;
using AgentGateway.Reference.Tests.Support;

namespace AgentGateway.Reference.Tests.Hostile;

public sealed partial class HostileModeTests
{
    [Test]
    [HostileTest(GatewayHostility.Reset)]
    public async Task Reset_closes_the_connection_without_a_byte_of_answer()
    {
        await using var gateway = await StartAsync(GatewayHostility.Reset);
        await using var connection = await RawTlsConnection.OpenAsync(gateway);
        using var client = Client(gateway);

        await connection.SendAsync(SyncRequest(await RawHttps.SignInAsync(gateway)));
        var sync = () => client.SendAsync(Sync());

        (await connection.ClosesWithinAsync(Budget)).Should().BeTrue();
        connection.Unread.Should().BeEmpty();
        await sync.Should().ThrowAsync<HttpRequestException>();
    }

    [Test]
    [HostileTest(GatewayHostility.DeepJson)]
    public async Task Deep_json_answers_an_array_nested_200_000_deep()
    {
        await using var gateway = await StartAsync(GatewayHostility.DeepJson);
        using var client = Client(gateway);

        using var response = await client.SendAsync(Sync());
        var body = await response.Content.ReadAsByteArrayAsync();

        ((int)response.StatusCode).Should().Be(200);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        body.Should().HaveCount(400_000);
        body.AsSpan(0, 200_000).ContainsAnyExcept((byte)'[').Should().BeFalse();
        body.AsSpan(200_000).ContainsAnyExcept((byte)']').Should().BeFalse();
        var parse = () => JsonDocument.Parse(body);
        parse.Should().Throw<JsonException>("no parser with a sane depth limit reads it");
    }

    [Test]
    [HostileTest(GatewayHostility.InvalidUtf8)]
    public async Task Invalid_utf8_answers_a_json_message_with_raw_0xFF_0xFE_and_NUL_bytes()
    {
        await using var gateway = await StartAsync(GatewayHostility.InvalidUtf8);
        using var client = Client(gateway);

        using var response = await client.SendAsync(Sync());
        var body = await response.Content.ReadAsByteArrayAsync();

        ((int)response.StatusCode).Should().Be(200);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        body.AsSpan().IndexOf([(byte)0xFF, (byte)0xFE]).Should().BePositive();
        body.Should().Contain(0x00);
        Encoding.ASCII.GetString(body).Should().StartWith("{\"message\":\"").And.EndWith("\",\"retcode\":\"100-007\"}");
        var strict = () => new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body);
        strict.Should().Throw<DecoderFallbackException>();
    }

    [Test]
    [HostileTest(GatewayHostility.Redirect)]
    public async Task Redirect_answers_307_and_every_second_sync_302_to_the_redirect_url_with_the_path_and_query()
    {
        var elsewhere = new Uri("https://elsewhere.example:9443/base/");
        await using var gateway = await StartAsync(GatewayHostility.Redirect, o => o.RedirectTo = elsewhere);
        using var client = Client(gateway);
        var expected = "https://elsewhere.example:9443/base" + SyncPath + "?a=1&b=%20";

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await client.SendAsync(Sync(SyncPath + "?a=1&b=%20")));
        }

        answers.Select(a => (int)a.StatusCode).Should().Equal(307, 302, 307);
        answers.Select(a => a.Headers.Location!.OriginalString).Should().OnlyContain(location => location == expected);
        answers.Select(a => a.Content.Headers.ContentLength).Should().OnlyContain(length => length == 0);
        answers.ForEach(a => a.Dispose());
    }

    [Test]
    [HostileTest(GatewayHostility.NotHttp)]
    public async Task Not_http_sends_ssh_bytes_in_place_of_the_answer_after_a_normal_answer_on_the_same_connection()
    {
        await using var gateway = await StartAsync(GatewayHostility.NotHttp);
        await using var connection = await RawTlsConnection.OpenAsync(gateway);
        var kept = Encoding.ASCII.GetBytes(
            "PUT /agentgateway/resource/onlineagent/41001 HTTP/1.1\r\nHost: 127.0.0.1\r\n" + Json
            + $"Content-Length: {InMemoryGateway.DocumentedBody.Length}\r\n\r\n{InMemoryGateway.DocumentedBody}");

        await connection.SendAsync(kept);
        var signIn = await connection.ReadResponseAsync(Budget);
        await connection.SendAsync(SyncRequest(signIn.SetGuid));

        signIn.Retcode.Should().Be("0");
        (await connection.ClosesWithinAsync(Budget)).Should().BeTrue();
        connection.Unread.Should().Equal(NotHttpConnections.Bytes);
        Encoding.Latin1.GetString(connection.Unread).Should().StartWith("SSH-2.0-").And.NotContain("HTTP/");
    }

    [Test]
    [HostileTest(GatewayHostility.NotHttp)]
    public async Task Not_http_keeps_to_HTTP_1_1_even_for_a_client_asking_for_HTTP_2()
    {
        await using var gateway = await StartAsync(GatewayHostility.NotHttp);
        using var client = new GatewayClient(gateway.BaseUri, gateway.Certificate);
        using var http2 = Client(gateway);
        using var request = new HttpRequestMessage(HttpMethod.Get, "agentgateway/resource/agentevent/41001")
        {
            Version = new Version(2, 0),
            VersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
        };

        using var poll = await http2.SendAsync(request);

        poll.Version.Should().Be(new Version(1, 1));
        var sync = () => client.SyncAsync("41001", "anything");
        await sync.Should().ThrowAsync<HttpRequestException>();
    }
}
