using System.Net.Http.Headers;
using System.Text;
using AgentGateway.Reference.Tests.Support;

namespace AgentGateway.Reference.Tests.Hostile;

/// <summary>Each hostile mode on a real socket: what a client of POST syncagentinfo receives, and that nothing else changes.</summary>
public sealed partial class HostileModeTests
{
    private const string Json = "Content-Type: application/json; charset=UTF-8\r\n";
    private const string SyncPath = "/agentgateway/resource/onlineagent/41001/syncagentinfo";

    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    private static IEnumerable<TestCaseData> Modes() =>
        GatewayHostilities.All.Select(d => new TestCaseData(d.Hostility)
            .SetName($"Sign_in_polls_state_changes_and_sign_out_stay_normal_under_{d.Name.Replace('-', '_')}"));

    [TestCaseSource(nameof(Modes))]
    public async Task Every_request_but_POST_syncagentinfo_is_answered_as_usual(GatewayHostility mode)
    {
        await using var gateway = await StartAsync(mode);
        using var client = new GatewayClient(gateway.BaseUri, gateway.Certificate);

        var signIn = await client.SendAsync(HttpMethod.Put, "onlineagent/41001", null, InMemoryGateway.DocumentedBody);
        var guid = signIn.SetGuid;
        var poll = await client.SendAsync(HttpMethod.Get, "agentevent/41001", guid);
        var busy = await client.SendAsync(HttpMethod.Post, "onlineagent/41001/saybusy?reason=205", guid);
        var status = await client.SendAsync(HttpMethod.Get, "onlineagent/41001/agentstatus", guid);
        var getSync = await client.SendAsync(HttpMethod.Get, "onlineagent/41001/syncagentinfo", guid);
        var signOut = await client.SendAsync(HttpMethod.Delete, "onlineagent/41001/logout", guid);

        signIn.Retcode.Should().Be("0");
        poll.EventType.Should().Be("AgentOther_InService");
        busy.Retcode.Should().Be("0");
        status.Json!["result"]!["agentState"]!.GetValue<int>().Should().Be(3);
        getSync.Status.Should().Be(405);
        getSync.Headers["Allow"].Should().Be("POST");
        signOut.Retcode.Should().Be("0");
        gateway.Handler.Hostile!.Open.Should().Be(0);
    }

    [Test]
    [HostileTest(GatewayHostility.Stall)]
    public async Task Stall_never_answers_a_sync_and_does_not_hold_up_the_gateway_stopping()
    {
        var gateway = await StartAsync(GatewayHostility.Stall);
        await using var connection = await RawTlsConnection.OpenAsync(gateway);
        try
        {
            await connection.SendAsync(SyncRequest(await RawHttps.SignInAsync(gateway)));

            (await connection.ClosesWithinAsync(TimeSpan.FromSeconds(1.5))).Should().BeFalse();
            connection.Unread.Should().BeEmpty();
            gateway.Handler.Hostile!.Open.Should().Be(1);
        }
        finally
        {
            await gateway.DisposeAsync().AsTask().WaitAsync(Budget);
        }

        (await connection.ClosesWithinAsync(Budget)).Should().BeTrue();
        connection.Unread.Should().BeEmpty("not even a stopping gateway answers the held sync");
    }

    [Test]
    [HostileTest(GatewayHostility.Stall)]
    public async Task Stall_lets_go_of_a_sync_whose_client_went_away()
    {
        await using var gateway = await StartAsync(GatewayHostility.Stall);
        var connection = await RawTlsConnection.OpenAsync(gateway);
        await connection.SendAsync(SyncRequest(null));
        await WaitUntilAsync(() => gateway.Handler.Hostile!.Open == 1);

        await connection.DisposeAsync();

        await WaitUntilAsync(() => gateway.Handler.Hostile!.Open == 0);
    }

    private static Task<ReferenceGateway> StartAsync(GatewayHostility mode, Action<ReferenceGatewayOptions>? configure = null)
    {
        var options = new ReferenceGatewayOptions
        {
            Hostile = mode,
            LongPollWait = TimeSpan.FromMilliseconds(200),
            RedirectTo = new Uri("https://elsewhere.example:9443/"),
        };
        configure?.Invoke(options);
        return ReferenceGateway.StartAsync(options);
    }

    /// <summary>A sync with an empty body and Connection: close.</summary>
    private static byte[] SyncRequest(string? guid) =>
        RawHttps.Request("POST", SyncPath, Json + (guid is null ? "" : $"Guid: {guid}\r\n"), []);

    /// <summary>A client that trusts exactly the gateway's certificate and follows no redirect.</summary>
    private static HttpClient Client(ReferenceGateway gateway)
    {
        var pinned = gateway.Certificate.GetCertHash();
        return new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            SslOptions =
            {
                RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                    certificate is not null && certificate.GetCertHash().AsSpan().SequenceEqual(pinned),
            },
        })
        {
            BaseAddress = gateway.BaseUri,
            Timeout = TimeSpan.FromMinutes(2),
        };
    }

    private static HttpRequestMessage Sync(string path = SyncPath)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent([]) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=UTF-8");
        return request;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (!condition())
        {
            TimeProvider.System.GetElapsedTime(started).Should().BeLessThan(Budget);
            await Task.Delay(10);
        }
    }
}
