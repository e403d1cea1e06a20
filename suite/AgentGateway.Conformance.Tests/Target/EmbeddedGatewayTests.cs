using System.Net.Http.Headers;
using System.Text;
using AgentGateway.Conformance.Agents;
using AgentGateway.Conformance.Configuration;
using AgentGateway.Conformance.Target;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Target;

/// <summary>The embedded gateway started from settings: the variations and the hostile mode reach it, on its socket.</summary>
public sealed class EmbeddedGatewayTests
{
    private const string Resources = "agentgateway/resource/";

    [Test]
    public async Task The_embedded_gateway_gets_the_variations_hostile_mode_and_redirect_target_of_the_settings()
    {
        await using var target = await ResolveAsync(
            ("AGW_EMBEDDED_VARIATIONS", "wrong-method-retcode"),
            ("AGW_EMBEDDED_HOSTILE", "redirect"),
            ("AGW_EMBEDDED_REDIRECT_TO", "https://elsewhere.example:9443/"));
        using var http = Client(target);

        using var wrongMethod = await http.GetAsync(Resources + "onlineagent/41001/syncagentinfo");
        using var sync = await http.SendAsync(Sync());

        ((int)wrongMethod.StatusCode).Should().Be(200);
        (await wrongMethod.Content.ReadAsStringAsync()).Should().Contain("\"retcode\":\"000-002\"");
        ((int)sync.StatusCode).Should().Be(307);
        sync.Headers.Location!.OriginalString.Should()
            .Be("https://elsewhere.example:9443/" + Resources + "onlineagent/41001/syncagentinfo");
        target.Fingerprint.EmbeddedDescription.Should()
            .EndWith(", no faults, variations: wrong-method-retcode, hostile mode: redirect (every POST syncagentinfo)");
    }

    [Test]
    public async Task The_embedded_gateway_gets_the_event_delay_of_the_settings()
    {
        await using var target = await ResolveAsync(("AGW_EMBEDDED_VARIATIONS", "events-delayed"), ("AGW_EMBEDDED_EVENT_DELAY", "1500ms"));
        using var http = Client(target);
        var agent = target.Agents.All[0];
        using var signIn = new HttpRequestMessage(HttpMethod.Put, Resources + "onlineagent/" + agent.Id)
        {
            Content = new StringContent(AgentSession.SignInBody(agent), Encoding.UTF8, "application/json"),
        };
        using var signedIn = await http.SendAsync(signIn);
        var guid = signedIn.Headers.GetValues("Set-GUID").Single()["JSESSIONID=".Length..];
        var started = TimeProvider.System.GetTimestamp();

        using var poll = new HttpRequestMessage(HttpMethod.Get, Resources + "agentevent/" + agent.Id) { Headers = { { "Guid", guid } } };
        var first = await (await http.SendAsync(poll)).Content.ReadAsStringAsync();

        first.Should().Contain("AgentOther_InService");
        TimeProvider.System.GetElapsedTime(started).Should().BeGreaterThan(TimeSpan.FromMilliseconds(1200), "the default delay is 300 ms");
        target.Fingerprint.EmbeddedDescription.Should().Contain("variations: events-delayed (event delay 1.5 s)");
    }

    private static Task<GatewayTarget> ResolveAsync(params (string Name, string Value)[] variables)
    {
        var map = variables.Append(("AGW_EMBEDDED_AGENTS", "2")).ToDictionary(v => v.Item1, v => v.Item2);
        return GatewayTarget.ResolveAsync(SettingsLoader.Load(name => map.GetValueOrDefault(name)), TimeProvider.System);
    }

    private static HttpClient Client(GatewayTarget target) =>
        new(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            SslOptions = { RemoteCertificateValidationCallback = (_, cert, chain, errors) => target.Trust.Validate(cert, chain, errors) },
        })
        {
            BaseAddress = target.BaseUri,
            Timeout = TimeSpan.FromSeconds(30),
        };

    private static HttpRequestMessage Sync()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Resources + "onlineagent/41001/syncagentinfo")
        {
            Content = new ByteArrayContent([]),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=UTF-8");
        return request;
    }
}
