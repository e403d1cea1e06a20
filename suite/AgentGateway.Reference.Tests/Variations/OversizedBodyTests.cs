using System.Text;
using AgentGateway.Reference.Tests.Support;

namespace AgentGateway.Reference.Tests.Variations;

/// <summary>The oversized-body variations on a real socket: a sync head declaring a large body, and what the client sees.</summary>
public class OversizedBodyTests
{
    private const string Json = "Content-Type: application/json; charset=UTF-8\r\n";

    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    [TestCase(false)]
    [TestCase(true)]
    [VariationTest(GatewayVariation.OversizedBodyUnread)]
    public async Task Oversized_body_unread_answers_before_the_body_and_then_closes_the_connection(bool varied)
    {
        await using var gateway = await StartAsync(varied ? GatewayVariation.OversizedBodyUnread : null);
        var guid = await RawHttps.SignInAsync(gateway);
        await using var connection = await RawTlsConnection.OpenAsync(gateway);

        await connection.SendAsync(SyncHead(guid, 100 * 1024));
        var reply = await connection.ReadResponseAsync(Budget);

        reply.Retcode.Should().Be("0", "the sync is answered before a byte of its body is sent");
        reply.Headers.GetValueOrDefault("Connection").Should().Be(varied ? "close" : null);
        // Kestrel would otherwise spend up to 5 s reading the body away before it closes.
        (await connection.ClosesWithinAsync(TimeSpan.FromSeconds(2))).Should().Be(varied);
        connection.Unread.Should().BeEmpty();
        if (!varied)
        {
            await connection.SendAsync(new byte[100 * 1024]);
            await connection.SendAsync(SyncHead(guid, 0));
            (await connection.ReadResponseAsync(Budget)).Retcode.Should().Be("0", "the reference reads the body away and goes on");
        }
    }

    [Test]
    [VariationTest(GatewayVariation.OversizedBodyUnread)]
    public async Task Oversized_body_unread_cuts_off_a_client_still_uploading_its_body()
    {
        await using var gateway = await StartAsync(GatewayVariation.OversizedBodyUnread);
        var guid = await RawHttps.SignInAsync(gateway);
        await using var connection = await RawTlsConnection.OpenAsync(gateway);
        await connection.SendAsync([.. SyncHead(guid, 1024 * 1024), .. new byte[16 * 1024]]);
        (await connection.ReadResponseAsync(Budget)).Retcode.Should().Be("0");
        (await connection.ClosesWithinAsync(TimeSpan.FromSeconds(2))).Should().BeTrue();

        var upload = async () =>
        {
            for (var sent = 16 * 1024; sent < 1024 * 1024; sent += 16 * 1024)
            {
                await connection.SendAsync(new byte[16 * 1024]);
                await Task.Delay(10);
            }
        };

        await upload.Should().ThrowAsync<IOException>();
    }

    [TestCase(64 * 1024, false, TestName = "Oversized_body_closed_answers_a_sync_declaring_exactly_64_KiB")]
    [TestCase(64 * 1024 + 1, true, TestName = "Oversized_body_closed_closes_the_connection_of_a_sync_declaring_64_KiB_and_1_byte")]
    [TestCase(2 * 1024 * 1024, true, TestName = "Oversized_body_closed_closes_the_connection_of_a_sync_declaring_2_MiB")]
    [VariationTest(GatewayVariation.OversizedBodyClosed)]
    public async Task Oversized_body_closed_closes_the_connection_without_an_answer(int declared, bool closed)
    {
        await using var gateway = await StartAsync(GatewayVariation.OversizedBodyClosed);
        var guid = await RawHttps.SignInAsync(gateway);
        await using var connection = await RawTlsConnection.OpenAsync(gateway);

        await connection.SendAsync(SyncHead(guid, declared));

        if (closed)
        {
            (await connection.ClosesWithinAsync(Budget)).Should().BeTrue();
            connection.Unread.Should().BeEmpty("not a byte of an answer comes");
            Queued(gateway).Should().Be(2, "the sync never ran, so the sign-in events are still queued");
        }
        else
        {
            (await connection.ReadResponseAsync(Budget)).Retcode.Should().Be("0");
            Queued(gateway).Should().Be(0);
        }
    }

    private static Task<ReferenceGateway> StartAsync(GatewayVariation? variation)
    {
        var options = new ReferenceGatewayOptions();
        if (variation is { } on)
        {
            options.Variations.Add(on);
        }

        return ReferenceGateway.StartAsync(options);
    }

    /// <summary>The head of a kept-alive sync that declares a body of <paramref name="length"/> bytes, without the body.</summary>
    private static byte[] SyncHead(string guid, int length) => Encoding.ASCII.GetBytes(
        "POST /agentgateway/resource/onlineagent/41001/syncagentinfo HTTP/1.1\r\nHost: 127.0.0.1\r\n" + Json
        + $"Guid: {guid}\r\nContent-Length: {length}\r\n\r\n");

    private static int Queued(ReferenceGateway gateway)
    {
        var slot = gateway.Handler.Registry.Slot("41001");
        lock (slot.Gate)
        {
            return slot.Session!.Events.Count;
        }
    }
}
