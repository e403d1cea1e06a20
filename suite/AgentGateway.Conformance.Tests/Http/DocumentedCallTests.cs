using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using AgentGateway.Conformance.Agents;
using AgentGateway.Conformance.Harness;
using AgentGateway.Conformance.Http;
using AgentGateway.Conformance.Tests.Support;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Http;

/// <summary>
/// The documented calls RestSharp composes go through the recording path like every request: recorded with their
/// purpose and redacted, read under the cap, timed by the transport's budget, never redirected, never sent to a
/// gateway that stopped answering.
/// </summary>
[TestFixture]
public sealed class DocumentedCallTests
{
    private const string IssuedGuid = "0f0e0d0c-1111-2222-3333-444455556666.AgentGateway1";
    private const string Success = """{"message":"","retcode":"0"}""";

    /// <summary>Answers every request on a connection as <paramref name="answer"/> says, recording each request head.</summary>
    internal static SocketServer Answering(ConcurrentQueue<string> heads, Func<string, string> answer) => SocketServer.Start(async c =>
    {
        while (true)
        {
            var (head, _) = await c.ReadRequestAsync();
            if (head.Length == 0)
            {
                return;
            }

            heads.Enqueue(head);
            await c.SendAsync(answer(head));
        }
    });

    [Test]
    public async Task A_signed_in_session_records_each_call_with_its_purpose_and_without_the_password_or_the_guid()
    {
        var heads = new ConcurrentQueue<string>();
        await using var server = Answering(heads, head => head.StartsWith("PUT", StringComparison.Ordinal)
            ? TestTarget.Answer(200, Success, $"Set-GUID: JSESSIONID={IssuedGuid}\r\n")
            : TestTarget.Answer(200, Success));
        await using var target = await TestTarget.ResolveAsync(server.BaseUri);
        var log = new ExchangeLog();

        var agent = await AgentSession.SignInAsync(target.NewClient(log), target.Settings, target.Agents.All[0]);
        await agent.SyncAsync("sync after sign-in");
        await agent.SignOutAsync();

        log.Exchanges.Select(e => e.Purpose).Should().Equal("sign in (agent 41001)", "sync after sign-in", "sign out");
        log.Exchanges[0].RequestBody.Should().Be(
            """{"password":"<password>","phonenum":"41001","status":"4","releasephone":"false","agenttype":"4"}""");
        log.Exchanges.Skip(1).Should().OnlyContain(e => e.RequestHeaders.Contains(new HeaderLine("Guid", "<guid #1>")));
        var recorded = JsonSerializer.Serialize(log.Exchanges);
        recorded.Should().NotContain("Pa55-one").And.NotContain(IssuedGuid);
        heads.Skip(1).Should().OnlyContain(
            h => h.Contains($"\r\nGuid: {IssuedGuid}\r\n", StringComparison.Ordinal), "the gateway gets the real Guid");
    }

    [Test]
    public async Task An_oversized_answer_to_a_sign_in_is_recorded_as_too_large_and_not_read_whole()
    {
        const long Announced = 64L << 20;
        long served = 0;
        await using var server = SocketServer.Start(async c =>
        {
            await c.ReadRequestAsync();
            await c.SendAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {Announced}\r\n\r\n{Success}"));
            var chunk = Encoding.ASCII.GetBytes(new string(' ', 64 * 1024));
            while (served < Announced - Success.Length - chunk.Length)
            {
                await c.Stream.WriteAsync(chunk, c.Stopping);
                served += chunk.Length;
            }
        });
        await using var target = await TestTarget.ResolveAsync(server.BaseUri, s => s with { MaxResponseBytes = 64 * 1024 });
        var log = new ExchangeLog();

        var response = await new AgentGatewayApi(target.NewClient(log)).SignInAsync(target.Agents.All[0], "sign in");

        await server.ConnectionsEndedAsync(TimeSpan.FromSeconds(10));
        response.Outcome.Should().Be(TransportOutcome.TooLarge);
        response.Status.Should().Be(200);
        response.Body.Should().HaveLength(64 * 1024);
        response.Json.Should().BeNull("an answer over the cap is never parsed");
        var exchange = log.Exchanges.Should().ContainSingle().Subject;
        exchange.Purpose.Should().Be("sign in");
        exchange.Outcome.Should().Be(TransportOutcome.TooLarge);
        exchange.TransportError.Should().Be("answer over the 64 KiB cap: read 65536 bytes, stopped");
        served.Should().BeLessThan(Announced / 2, "the connection is dropped at the cap, not drained");
    }

    [TestCase(301, true)]
    [TestCase(302, true)]
    [TestCase(303, false)]
    [TestCase(307, true)]
    [TestCase(308, false)]
    public async Task A_redirect_answer_to_a_documented_call_is_recorded_and_not_followed(int status, bool sameOrigin)
    {
        await using var elsewhere = SocketServer.Start(async c => await c.SendAsync(TestTarget.Answer(200, Success)));
        var heads = new ConcurrentQueue<string>();
        var location = "";
        await using var server = Answering(heads, _ => TestTarget.Answer(status, "", $"Location: {location}\r\n"));
        location = $"{(sameOrigin ? server : elsewhere).BaseUri}{TestTarget.SyncPath}?moved";
        await using var target = await TestTarget.ResolveAsync(server.BaseUri);
        var log = new ExchangeLog();

        var response = await new AgentGatewayApi(target.NewClient(log)).SyncAsync("41001", "guid-of-41001", "sync");

        response.Status.Should().Be(status);
        response.Location.Should().Be(location);
        response.Summary.Should().Be($"HTTP {status} (redirect to {location}, not followed), retcode absent");
        heads.Should().ContainSingle("a redirect to the same origin is not followed either");
        elsewhere.Accepted.Should().Be(0, "the Guid must not travel to the redirect's origin");
        log.Exchanges.Should().ContainSingle().Which.ResponseHeaders.Should().Contain(new HeaderLine("Location", location));
    }

    [Test]
    public async Task After_two_timeouts_a_documented_call_is_not_sent_and_ends_its_check_as_skip()
    {
        var budget = TimeSpan.FromMilliseconds(300);
        await using var server = SocketServer.Start(async c =>
        {
            await c.ReadRequestAsync();
            await c.StallAsync();
        });
        await using var target = await TestTarget.ResolveAsync(server.BaseUri, s => s with { RequestTimeout = budget });
        var log = new ExchangeLog();
        var api = new AgentGatewayApi(target.NewClient(log));
        var started = TimeProvider.System.GetTimestamp();

        var first = await api.SyncAsync("41001", "guid-of-41001", "first sync");
        var second = await api.SayFreeAsync("41001", "guid-of-41001", "idle");
        var third = () => api.SignOutAsync("41001", "guid-of-41001", "sign out");

        (await third.Should().ThrowExactlyAsync<TargetUnresponsiveException>()).WithMessage(
            $"Not decidable on this target: DELETE {server.BaseUri}agentgateway/resource/onlineagent/41001/logout was not sent: "
            + "the gateway stopped answering*");
        var elapsed = TimeProvider.System.GetElapsedTime(started);
        first.Outcome.Should().Be(TransportOutcome.HeadersTimedOut);
        second.Outcome.Should().Be(TransportOutcome.HeadersTimedOut);
        elapsed.Should().BeLessThan(budget * 2 + TimeSpan.FromSeconds(1.5), "the transport's budget is the only timeout");
        log.Exchanges.Select(e => (e.Purpose, e.Outcome)).Should().Equal(
            ("first sync", TransportOutcome.HeadersTimedOut),
            ("idle", TransportOutcome.HeadersTimedOut),
            ("sign out", TransportOutcome.NotSent));
        server.Accepted.Should().BeLessThanOrEqualTo(2);
    }

    [Test]
    public async Task A_poll_is_timed_by_its_own_budget_not_the_request_timeout()
    {
        await using var server = SocketServer.Start(async c =>
        {
            await c.ReadRequestAsync();
            await c.StallAsync();
        });
        await using var target = await TestTarget.ResolveAsync(server.BaseUri, s => s with { RequestTimeout = TimeSpan.FromSeconds(30) });
        var started = TimeProvider.System.GetTimestamp();

        var response = await new AgentGatewayApi(target.NewClient(new ExchangeLog()))
            .PollAsync("41001", "guid-of-41001", "poll", TimeSpan.FromMilliseconds(300));

        response.Outcome.Should().Be(TransportOutcome.HeadersTimedOut);
        response.Summary.Should().Be("no answer within 0.3 s (headers)");
        TimeProvider.System.GetElapsedTime(started).Should().BeLessThan(TimeSpan.FromSeconds(5));
    }

    [Test]
    public async Task An_answer_with_hostile_headers_reaches_the_checks_as_recorded()
    {
        const string Hostile = "Content-Encoding: gzip\r\nSet-Cookie: =;;;\r\nServer: \u00ff\u00fe\r\n";
        var heads = new ConcurrentQueue<string>();
        await using var server = Answering(heads, _ => "HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=no-such-charset\r\n"
            + $"Content-Length: {Success.Length}\r\n{Hostile}\r\n{Success}");
        await using var target = await TestTarget.ResolveAsync(server.BaseUri);
        var log = new ExchangeLog();
        var api = new AgentGatewayApi(target.NewClient(log));

        var response = await api.AgentStatusAsync("41001", "guid-of-41001", "read the agent's state");

        response.Outcome.Should().Be(TransportOutcome.Answered);
        response.IsDocumentedSuccess.Should().BeTrue("the body is read as the transport read it, whatever the headers claim");
        response.Header("Content-Encoding").Should().Be("gzip");
        log.Exchanges.Should().ContainSingle().Which.ResponseBody.Should().Be(Success);
    }
}
