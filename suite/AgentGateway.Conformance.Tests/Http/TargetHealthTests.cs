using AgentGateway.Conformance.Agents;
using AgentGateway.Conformance.Harness;
using AgentGateway.Conformance.Http;
using AgentGateway.Conformance.Results;
using AgentGateway.Conformance.Tests.Support;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Http;

/// <summary>
/// A gateway that stops answering ends the run's requests after two timeouts: later requests are not sent, are
/// recorded as not sent, and end their check as SKIP with the reason.
/// </summary>
[TestFixture]
public sealed class TargetHealthTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(300);

    private static SocketServer Stalling() => SocketServer.Start(async c =>
    {
        await c.ReadRequestAsync();
        await c.StallAsync();
    });

    [Test]
    public async Task A_gateway_that_stalls_every_request_ends_a_sequence_after_two_timeouts()
    {
        await using var server = Stalling();
        await using var target = await TestTarget.ResolveAsync(server.BaseUri, s => s with { RequestTimeout = Budget });
        var log = new ExchangeLog();
        var client = target.NewClient(log);
        var started = TimeProvider.System.GetTimestamp();
        var timedOut = new List<GatewayResponse>();
        var notSent = new List<TargetUnresponsiveException>();

        for (var i = 1; i <= 8; i++)
        {
            try
            {
                timedOut.Add(await client.SendAsync(TestTarget.Sync($"sync {i}")));
            }
            catch (TargetUnresponsiveException e)
            {
                notSent.Add(e);
            }
        }

        var elapsed = TimeProvider.System.GetElapsedTime(started);
        timedOut.Should().HaveCount(2).And.OnlyContain(r => r.Outcome == TransportOutcome.HeadersTimedOut);
        notSent.Should().HaveCount(6);
        elapsed.Should().BeLessThan(Budget * 2 + TimeSpan.FromSeconds(1.5), "the run waits two budgets, not eight");
        server.Accepted.Should().BeLessThanOrEqualTo(2, "nothing is sent after the second timeout");
        target.Health.TimedOutRequests.Should().Be(2);
        log.Exchanges.Select(e => e.Outcome).Should().Equal(
            [TransportOutcome.HeadersTimedOut, TransportOutcome.HeadersTimedOut, .. Enumerable.Repeat(TransportOutcome.NotSent, 6)]);
        log.Exchanges.Skip(2).Should().OnlyContain(e => e.Status == null && e.Headline == "not sent, the gateway had stopped answering");
    }

    [Test]
    public async Task A_request_not_sent_ends_its_check_as_skip_naming_the_first_timeout()
    {
        await using var server = Stalling();
        await using var target = await TestTarget.ResolveAsync(server.BaseUri, s => s with { RequestTimeout = Budget });
        var client = target.NewClient(new ExchangeLog());
        await client.SendAsync(TestTarget.Sync());
        await client.SendAsync(TestTarget.Sync());

        var send = () => client.SendAsync(new GatewayRequest(HttpMethod.Get, "agentgateway/resource/agentevent/41001", "poll"));

        var thrown = await send.Should().ThrowAsync<TargetUnresponsiveException>();
        CheckOutcome.Decide([], thrown.Which, _ => "").Status.Should().Be(CheckStatus.Skip, "the check ends as SKIP");
        thrown.WithMessage(
            $"Not decidable on this target: GET {server.BaseUri}agentgateway/resource/agentevent/41001 was not sent: "
            + $"the gateway stopped answering (2 requests timed out, the first: POST {server.BaseUri}{TestTarget.SyncPath} at *Z).");
    }

    [Test]
    public async Task A_body_that_never_completes_counts_as_a_timeout()
    {
        await using var server = SocketServer.Start(async c =>
        {
            await c.ReadRequestAsync();
            await c.SendAsync("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n{");
            await c.StallAsync();
        });
        await using var target = await TestTarget.ResolveAsync(server.BaseUri, s => s with { RequestTimeout = TimeSpan.FromSeconds(2) });

        var response = await target.NewClient(new ExchangeLog()).SendAsync(TestTarget.Sync());

        response.Outcome.Should().Be(TransportOutcome.BodyTimedOut);
        target.Health.TimedOutRequests.Should().Be(1);
    }

    [Test]
    public async Task Oversized_requests_left_hanging_do_not_count()
    {
        await using var server = Stalling();
        await using var target = await TestTarget.ResolveAsync(server.BaseUri, s => s with { RequestTimeout = Budget });
        var client = target.NewClient(new ExchangeLog());
        var oversized = TestTarget.Sync("a sync with a 1 MiB body") with { Body = new string('x', 1 << 20), OversizedBody = true };

        var first = await client.SendAsync(oversized);
        await client.SendAsync(oversized);
        await client.SendAsync(oversized);

        first.Outcome.Should().Be(TransportOutcome.HeadersTimedOut);
        target.Health.TimedOutRequests.Should().Be(0);
        target.Health.StoppedAnswering.Should().BeFalse();
    }

    [Test]
    public async Task A_poll_past_its_budget_makes_the_check_undecidable_and_counts()
    {
        await using var server = SocketServer.Start(async c =>
        {
            var head = await c.ReadHeadAsync();
            if (head.StartsWith("PUT", StringComparison.Ordinal))
            {
                await c.SendAsync(TestTarget.Answer(200, """{"message":"","retcode":"0"}""", "Set-GUID: JSESSIONID=g-1\r\n"));
            }

            await c.StallAsync();
        });
        await using var target = await TestTarget.ResolveAsync(server.BaseUri, s => s with { LongPollBudget = Budget });
        var client = target.NewClient(new ExchangeLog());
        var agent = await AgentSession.SignInAsync(client, target.Settings, target.Agents.All[0]);

        var poll = () => agent.PollAsync();

        (await poll.Should().ThrowAsync<UndecidableException>())
            .WithMessage(
                "*poll of agent 41001 got no complete answer within the long-poll budget of 0.3 s (no answer within 0.3 s (headers))*");
        target.Health.TimedOutRequests.Should().Be(1);
    }
}
