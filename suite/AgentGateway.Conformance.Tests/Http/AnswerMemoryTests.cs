using System.Globalization;
using System.Text;
using AgentGateway.Conformance.Http;
using AgentGateway.Conformance.Tests.Support;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Http;

[TestFixture]
[NonParallelizable] // It measures the allocations of the whole process: no other test may allocate meanwhile.
public sealed class AnswerMemoryTests
{
    private const long ThreeHundredMiB = 300L << 20;

    [TestCase(false, TestName = "A_300_MiB_answer_is_read_with_bounded_memory_and_ends_too_large")]
    [TestCase(true, TestName = "A_300_MiB_answer_to_an_oversized_request_is_read_with_bounded_memory_and_ends_too_large")]
    public async Task A_300_MiB_answer_is_read_with_bounded_memory(bool oversized)
    {
        long served = 0;
        var chunk = Encoding.ASCII.GetBytes($"{64 * 1024:x}\r\n{new string('7', 64 * 1024)}\r\n");
        await using var server = SocketServer.Start(async c =>
        {
            await c.ReadHeadAsync();
            await c.SendAsync("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
            while (served < ThreeHundredMiB)
            {
                await c.Stream.WriteAsync(chunk, c.Stopping);
                served += 64 * 1024;
            }

            await c.SendAsync("0\r\n\r\n");
        });
        await using var target = await TestTarget.ResolveAsync(server.BaseUri, s => s with { RequestTimeout = TimeSpan.FromSeconds(20) });
        var client = target.NewClient(new ExchangeLog());
        var request = oversized ? TestTarget.Sync() with { Body = "{}", OversizedBody = true } : TestTarget.Sync();
        await client.SendAsync(request);
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var response = await client.SendAsync(request);

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        await server.ConnectionsEndedAsync(TimeSpan.FromSeconds(10));
        TestContext.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"allocated {allocated / 1048576.0:0.0} MiB while the server wrote {served / 1048576.0:0.0} MiB"));
        response.Outcome.Should().Be(TransportOutcome.TooLarge);
        response.Status.Should().Be(200);
        response.Body.Should().HaveLength(1 << 20);
        allocated.Should().BeLessThan(50L << 20);
        served.Should().BeLessThan(64L << 20, "the connection is dropped at the cap, not drained");
    }
}
