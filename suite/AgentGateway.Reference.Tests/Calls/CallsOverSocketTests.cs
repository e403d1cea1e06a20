using System.Text.Json.Nodes;
using AgentGateway.Reference.Tests.Support;

namespace AgentGateway.Reference.Tests.Calls;

/// <summary>Calls on a gateway started as the suite embeds it, over HTTPS on a real port.</summary>
public class CallsOverSocketTests
{
    private const string ManualAnswer =
        """{"password":"","phonenum":"40038","status":"4","autoanswer":"false","releasephone":"false","agenttype":"4"}""";

    private ReferenceGateway _gateway = null!;
    private GatewayClient _client = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _gateway = await ReferenceGateway.StartAsync(new ReferenceGatewayOptions { LongPollWait = TimeSpan.FromMilliseconds(200) });
        _client = new GatewayClient(_gateway.BaseUri, _gateway.Certificate);
    }

    [TearDown]
    public async Task StopAsync()
    {
        _client.Dispose();
        await _gateway.DisposeAsync();
    }

    [Test]
    public async Task An_inbound_call_placed_through_the_control_endpoint_rings_is_answered_and_released()
    {
        var guid = await SignInAsync("41002");

        var placed = await _client.SendAsync(HttpMethod.Post, "/reference/calls/inbound", null,
            """{"agentId":"41002","caller":"88001"}""");
        var callId = placed.Json!["result"]!.GetValue<string>();
        (await PollAsync("41002", guid, 3)).Should().Equal("AgentState_Busy", "AgentEvent_Ringing", "AgentEvent_Customer_Alerting");
        var answered = await _client.SendAsync(HttpMethod.Put, "voicecall/41002/answer?callid=" + callId, guid);
        (await PollAsync("41002", guid, 1)).Should().Equal("AgentEvent_Talking");
        var talking = await _client.SyncAsync("41002", guid);
        var released = await _client.SendAsync(HttpMethod.Delete, "voicecall/41002/release", guid);
        var idle = await _client.SyncAsync("41002", guid);

        placed.Body.Should().MatchRegex("""^\{"message":"","retcode":"0","result":"\d{10}-\d+"\}$""");
        answered.Body.Should().Be("""{"result":{},"message":"success","retcode":"0"}""");
        talking.StateInfo!["state"]!.GetValue<int>().Should().Be(9);
        talking.StateInfo!["curCallId"]!.GetValue<string>().Should().Be(callId);
        talking.Json!["result"]!["callinfo"]!.GetValue<string>().Should().Contain(callId);
        released.IsSuccess.Should().BeTrue();
        idle.StateInfo!["state"]!.GetValue<int>().Should().Be(1);
        idle.StateInfo!["curCallId"]!.GetValue<string>().Should().BeEmpty();
    }

    [Test]
    public async Task A_callinner_between_two_agents_answers_its_callid_and_both_agents_report_it()
    {
        var caller = await SignInAsync("41001");
        var callee = await SignInAsync("41002");

        var placed = await _client.SendAsync(HttpMethod.Put, "voicecall/41001/callinner", caller, """{"called":"41002"}""");
        await _client.SendAsync(HttpMethod.Put, "voicecall/41002/answer", callee);

        var callId = placed.Json!["result"]!.GetValue<string>();
        foreach (var (agent, guid) in new[] { ("41001", caller), ("41002", callee) })
        {
            var info = (await _client.SyncAsync(agent, guid)).StateInfo!;
            info["state"]!.GetValue<int>().Should().Be(9);
            info["curCallId"]!.GetValue<string>().Should().Be(callId);
            info["callFeature"]!.GetValue<int>().Should().Be(6);
        }
    }

    /// <summary>Signs the agent in to answer by hand and polls its two sign-in events away.</summary>
    private async Task<string> SignInAsync(string agentId)
    {
        var signIn = await _client.SendAsync(HttpMethod.Put, $"onlineagent/{agentId}", null, ManualAnswer);
        await PollAsync(agentId, signIn.SetGuid!, 2);
        return signIn.SetGuid!;
    }

    private async Task<IReadOnlyList<string>> PollAsync(string agentId, string guid, int count)
    {
        var types = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var poll = await _client.SendAsync(HttpMethod.Get, $"agentevent/{agentId}", guid);
            types.Add(poll.Json!["event"] is JsonObject polled ? polled["eventType"]!.GetValue<string>() : "(none)");
        }

        return types;
    }
}
