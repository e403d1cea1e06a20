namespace AgentGateway.Reference.Tests.Hostile;

public sealed partial class HostileModeTests
{
    private const long HugeAnswerBytes = 300L * 1024 * 1024;

    [Test]
    [HostileTest(GatewayHostility.Drip)]
    public async Task Drip_sends_its_headers_at_once_and_no_byte_of_body_before_the_interval()
    {
        await using var gateway = await StartAsync(GatewayHostility.Drip, o => o.DripInterval = TimeSpan.FromSeconds(30));
        using var client = Client(gateway);
        var started = TimeProvider.System.GetTimestamp();
        using var response = await client.SendAsync(Sync(), HttpCompletionOption.ResponseHeadersRead).WaitAsync(Budget);
        await using var body = await response.Content.ReadAsStreamAsync();
        var first = body.ReadAsync(new byte[16]).AsTask();

        TimeProvider.System.GetElapsedTime(started).Should().BeLessThan(TimeSpan.FromSeconds(5));
        ((int)response.StatusCode).Should().Be(200);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        response.Content.Headers.ContentLength.Should().BeNull();
        response.Headers.TransferEncodingChunked.Should().BeTrue();
        (await Task.WhenAny(first, Task.Delay(TimeSpan.FromSeconds(1)))).Should().NotBeSameAs(first);

        await gateway.DisposeAsync().AsTask().WaitAsync(Budget);
        var ended = () => first.WaitAsync(Budget);
        await ended.Should().ThrowAsync<IOException>("the body never ends cleanly, not even when the gateway stops");
    }

    [Test]
    [HostileTest(GatewayHostility.Drip)]
    public async Task Drip_sends_one_byte_of_a_json_body_per_interval_and_never_finishes()
    {
        await using var gateway = await StartAsync(GatewayHostility.Drip, o => o.DripInterval = TimeSpan.FromMilliseconds(100));
        using var client = Client(gateway);
        using var response = await client.SendAsync(Sync(), HttpCompletionOption.ResponseHeadersRead).WaitAsync(Budget);
        await using var body = await response.Content.ReadAsStreamAsync();
        var received = new List<byte>();
        var buffer = new byte[1024];
        using var watching = new CancellationTokenSource(TimeSpan.FromSeconds(1.5));

        try
        {
            int read;
            while ((read = await body.ReadAsync(buffer, watching.Token)) > 0)
            {
                read.Should().Be(1, "the body comes one byte at a time");
                received.Add(buffer[0]);
            }

            Assert.Fail("the body ended");
        }
        catch (OperationCanceledException) when (watching.IsCancellationRequested)
        {
            // Still dripping after 1.5 s.
        }

        received.Count.Should().BeInRange(3, 16, "about one byte per 100 ms arrives in 1.5 s");
        System.Text.Encoding.ASCII.GetString([.. received]).Should().Be("{\"message\":\"xxxxxxxxxxxxxxxxx"[..received.Count]);
    }

    [Test]
    [HostileTest(GatewayHostility.HugeAnswer)]
    public async Task Huge_answer_streams_300_MiB_of_chunked_json_without_a_content_length()
    {
        await using var gateway = await StartAsync(GatewayHostility.HugeAnswer);
        using var client = Client(gateway);
        using var response = await client.SendAsync(Sync(), HttpCompletionOption.ResponseHeadersRead).WaitAsync(Budget);
        await using var body = await response.Content.ReadAsStreamAsync();

        var buffer = new byte[256 * 1024];
        var head = new byte[16];
        var tail = new List<byte>();
        long total = 0;
        int read;
        using var budget = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while ((read = await body.ReadAsync(buffer, budget.Token)) > 0)
        {
            if (total < head.Length)
            {
                buffer.AsSpan(0, (int)Math.Min(read, head.Length - total)).CopyTo(head.AsSpan((int)total));
            }

            tail.AddRange(buffer.AsSpan(Math.Max(0, read - 32), Math.Min(read, 32)));
            tail.RemoveRange(0, Math.Max(0, tail.Count - 32));
            total += read;
        }

        ((int)response.StatusCode).Should().Be(200);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        response.Content.Headers.ContentLength.Should().BeNull();
        response.Headers.TransferEncodingChunked.Should().BeTrue();
        total.Should().Be(HugeAnswerBytes);
        System.Text.Encoding.ASCII.GetString(head).Should().Be("{\"message\":\"xxxx");
        System.Text.Encoding.ASCII.GetString([.. tail]).Should().EndWith("xxxx\",\"retcode\":\"0\"}");
    }

    [Test]
    [HostileTest(GatewayHostility.HugeAnswer)]
    public async Task Huge_answer_stops_streaming_when_the_client_goes_away()
    {
        await using var gateway = await StartAsync(GatewayHostility.HugeAnswer);
        using (var client = Client(gateway))
        {
            using var response = await client.SendAsync(Sync(), HttpCompletionOption.ResponseHeadersRead).WaitAsync(Budget);
            await using var body = await response.Content.ReadAsStreamAsync();
            var buffer = new byte[1024 * 1024];
            await body.ReadAtLeastAsync(buffer, buffer.Length).AsTask().WaitAsync(Budget);
            gateway.Handler.Hostile!.Open.Should().Be(1);
        }

        await WaitUntilAsync(() => gateway.Handler.Hostile!.Open == 0);
    }
}
