using System.Net;
using AgentGateway.Reference.Tests.Support;

namespace AgentGateway.Reference.Tests.Http;

public class TransportTests
{
    [TestCase("1.1")]
    [TestCase("2.0")]
    public async Task A_client_speaking_this_HTTP_version_signs_in_polls_syncs_and_signs_out(string version)
    {
        await using var gateway = await ReferenceGateway.StartAsync(new ReferenceGatewayOptions());
        using var client = new GatewayClient(gateway.BaseUri, gateway.Certificate, Version.Parse(version));

        var signIn = await client.SendAsync(HttpMethod.Put, "onlineagent/41001", null, InMemoryGateway.DocumentedBody);
        var poll = await client.SendAsync(HttpMethod.Get, "agentevent/41001", signIn.SetGuid);
        var sync = await client.SyncAsync("41001", signIn.SetGuid!);
        var refused = await client.SendAsync(HttpMethod.Get, "onlineagent/41001/syncagentinfo", signIn.SetGuid);
        var signOut = await client.SendAsync(HttpMethod.Delete, "onlineagent/41001/logout", signIn.SetGuid);

        client.LastVersion.Should().Be(Version.Parse(version));
        signIn.Retcode.Should().Be("0");
        signIn.SetGuid.Should().EndWith(".AgentGateway0");
        poll.EventType.Should().Be("AgentOther_InService");
        sync.StateInfo!["workNo"]!.GetValue<string>().Should().Be("41001");
        refused.Status.Should().Be((int)HttpStatusCode.MethodNotAllowed);
        refused.Headers["Allow"].Should().Be("POST");
        signOut.Retcode.Should().Be("0");
    }

    [Test]
    public async Task Disposing_the_gateway_answers_an_open_poll_and_stops_listening()
    {
        var gateway = await ReferenceGateway.StartAsync(new ReferenceGatewayOptions { LongPollWait = TimeSpan.FromMinutes(5) });
        using var client = new GatewayClient(gateway.BaseUri, gateway.Certificate);
        var guid = (await client.SendAsync(HttpMethod.Put, "onlineagent/41001", null, InMemoryGateway.DocumentedBody)).SetGuid!;
        await client.SyncAsync("41001", guid);
        var poll = client.SendAsync(HttpMethod.Get, "agentevent/41001", guid);
        await WaitUntilAsync(() => OpenPolls(gateway, "41001") == 1);

        await gateway.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

        (await poll.WaitAsync(TimeSpan.FromSeconds(10))).Status.Should().Be(200);
        var again = () => client.SyncAsync("41001", guid);
        await again.Should().ThrowAsync<HttpRequestException>();
    }

    private static int OpenPolls(ReferenceGateway gateway, string agentId)
    {
        var slot = gateway.Handler.Registry.Slot(agentId);
        lock (slot.Gate)
        {
            return slot.Session?.OpenPolls ?? 0;
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (!condition())
        {
            TimeProvider.System.GetElapsedTime(started).Should().BeLessThan(TimeSpan.FromSeconds(30), "the poll should reach the gateway");
            await Task.Delay(10);
        }
    }
}
