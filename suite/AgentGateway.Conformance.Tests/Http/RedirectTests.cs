using AgentGateway.Conformance.Harness;
using AgentGateway.Conformance.Http;
using AgentGateway.Conformance.Tests.Support;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Http;

/// <summary>A 3xx is the gateway's answer and is never followed; nothing the suite sends goes to another origin.</summary>
[TestFixture]
public sealed class RedirectTests
{
    [TestCase(301)]
    [TestCase(302)]
    [TestCase(303)]
    [TestCase(307)]
    [TestCase(308)]
    public async Task A_redirect_is_the_answer_and_is_not_followed(int status)
    {
        await using var elsewhere = SocketServer.Start(async c => await c.SendAsync(TestTarget.Answer(200, """{"retcode":"0"}""")));
        var location = $"https://127.0.0.1:{elsewhere.BaseUri.Port}/{TestTarget.SyncPath}";
        await using var server = SocketServer.Start(async c =>
        {
            await c.ReadRequestAsync();
            await c.SendAsync(TestTarget.Answer(status, "", $"Location: {location}\r\n"));
        });
        await using var target = await TestTarget.ResolveAsync(server.BaseUri);
        var log = new ExchangeLog();

        var response = await target.NewClient(log).SendAsync(TestTarget.Sync());

        response.Outcome.Should().Be(TransportOutcome.Answered);
        response.Status.Should().Be(status);
        response.Location.Should().Be(location);
        response.ReportsSuccess.Should().BeFalse();
        response.Summary.Should().Be($"HTTP {status} (redirect to {location}, not followed), retcode absent");
        log.Exchanges.Should().ContainSingle().Which.ResponseHeaders.Should().Contain(new HeaderLine("Location", location));
        elsewhere.Accepted.Should().Be(0, "the Guid must not travel to the redirect's origin");
    }

    [TestCase("https://127.0.0.1:{other}/agentgateway/resource/onlineagent/41001/syncagentinfo")]
    [TestCase("http://127.0.0.1:{port}/agentgateway/resource/onlineagent/41001/syncagentinfo")]
    [TestCase("https://localhost:{port}/agentgateway/resource/onlineagent/41001/syncagentinfo")]
    public async Task A_url_of_another_origin_is_never_sent(string url)
    {
        await using var elsewhere = SocketServer.Start(c => c.ReadRequestAsync());
        await using var server = SocketServer.Start(c => c.ReadRequestAsync());
        await using var target = await TestTarget.ResolveAsync(server.BaseUri);
        var log = new ExchangeLog();
        var foreign = url.Replace("{other}", $"{elsewhere.BaseUri.Port}", StringComparison.Ordinal)
            .Replace("{port}", $"{server.BaseUri.Port}", StringComparison.Ordinal);

        var send = () => target.NewClient(log).SendAsync(
            new GatewayRequest(HttpMethod.Post, foreign, "sync at another origin").WithHeader("Guid", "secret-guid"));

        (await send.Should().ThrowAsync<SuiteException>()).WithMessage($"Not sending POST {foreign}: its origin is not the target's*");
        elsewhere.Accepted.Should().Be(0);
        server.Accepted.Should().Be(0);
        log.Exchanges.Should().BeEmpty();
    }

    [Test]
    public async Task An_absolute_url_of_the_targets_origin_is_sent()
    {
        await using var server = SocketServer.Start(async c =>
        {
            await c.ReadRequestAsync();
            await c.SendAsync(TestTarget.Answer(200, """{"retcode":"0"}"""));
        });
        await using var target = await TestTarget.ResolveAsync(server.BaseUri);

        var response = await target.NewClient(new ExchangeLog())
            .SendAsync(new GatewayRequest(HttpMethod.Post, server.BaseUri + TestTarget.SyncPath, "sync by absolute URL"));

        response.Status.Should().Be(200);
    }
}
