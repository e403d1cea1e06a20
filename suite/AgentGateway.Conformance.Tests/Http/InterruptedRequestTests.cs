using AgentGateway.Conformance.Harness;
using AgentGateway.Conformance.Http;
using AgentGateway.Conformance.Tests.Support;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Http;

/// <summary>
/// Once the run is interrupted a check's requests stop: one under way is abandoned at once rather than waited out, a
/// later one is not sent, both are recorded as interrupted, and neither counts against the gateway's health.
/// </summary>
[TestFixture]
public sealed class InterruptedRequestTests
{
    [Test]
    public async Task A_request_under_way_is_abandoned_at_once_and_later_ones_are_not_sent()
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = SocketServer.Start(async c =>
        {
            await c.ReadRequestAsync();
            arrived.TrySetResult();
            await c.StallAsync();
        });
        await using var target = await TestTarget.ResolveAsync(server.BaseUri, s => s with { RequestTimeout = TimeSpan.FromSeconds(30) });
        var log = new ExchangeLog();
        using var interruption = new CancellationTokenSource();
        var client = target.NewClient(log);
        client.Interruption = interruption.Token;
        var started = TimeProvider.System.GetTimestamp();

        var underWay = client.SendAsync(TestTarget.Sync("the sync under way"));
        await arrived.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await interruption.CancelAsync();
        var abandon = () => underWay;
        var later = () => client.SendAsync(TestTarget.Sync("a sync after the interruption"));

        await abandon.Should().ThrowAsync<RunInterruptedException>();
        await later.Should().ThrowAsync<RunInterruptedException>();
        TimeProvider.System.GetElapsedTime(started).Should().BeLessThan(TimeSpan.FromSeconds(10), "the 30 s budget is not waited out");
        server.Accepted.Should().Be(1);
        log.Exchanges.Select(e => (e.Purpose, e.Outcome)).Should().Equal(
            ("the sync under way", TransportOutcome.Interrupted), ("a sync after the interruption", TransportOutcome.Interrupted));
        log.Exchanges.Should().OnlyContain(e => e.Status == null && e.Headline == "the run was interrupted");
        target.Health.TimedOutRequests.Should().Be(0);
    }
}
