using System.Globalization;
using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Tests.Support;

namespace AgentGateway.Reference.Tests.Agents;

public class ConcurrencyTests
{
    private const int Agents = 48;
    private const int Rounds = 15;

    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(60);

    [Test]
    public async Task Many_agents_polling_and_syncing_at_once_each_see_only_their_own_events_and_state()
    {
        using var gateway = InMemoryGateway.Create();
        var guids = await Task.WhenAll(Enumerable.Range(0, Agents).Select(i => Task.Run(() => gateway.SignInAsync(Id(i)))));

        var failures = await Task.WhenAll(Enumerable.Range(0, Agents).Select(i => Task.Run(() => DriveAsync(gateway, Id(i), guids[i]))))
            .WaitAsync(Budget);

        failures.Where(f => f is not null).Should().BeEmpty();
        Enumerable.Range(0, Agents).Select(i => gateway.Queued(Id(i)).Count).Should().OnlyContain(c => c == 0);
    }

    [Test]
    public async Task Many_agents_over_real_sockets_with_open_polls_each_see_only_their_own_events_and_state()
    {
        var options = new ReferenceGatewayOptions { LongPollWait = TimeSpan.FromSeconds(30) };
        await using var gateway = await ReferenceGateway.StartAsync(options);
        using var client = new GatewayClient(gateway.BaseUri, gateway.Certificate);

        var failures = await Task.WhenAll(Enumerable.Range(500, 24).Select(i => Task.Run(() => DriveOverSocketAsync(client, Id(i)))))
            .WaitAsync(Budget);

        failures.Where(f => f is not null).Should().BeEmpty();
    }

    [Test]
    public async Task Concurrent_syncs_and_state_changes_of_one_agent_all_answer_for_that_agent()
    {
        using var gateway = InMemoryGateway.Create();
        var guid = await gateway.SignInAsync();
        var other = await gateway.SignInAsync("41002");
        var polls = new List<Task<Reply>>();
        var calls = new List<Task<Reply>>();

        for (var i = 0; i < 200; i++)
        {
            var reason = 200 + (i % 50);
            switch (i % 4)
            {
                case 0:
                    calls.Add(Task.Run(() => gateway.ActAsync("41001", guid, $"saybusy?reason={reason}")));
                    break;
                case 1:
                    polls.Add(gateway.BeginPollAsync("41001", guid));
                    break;
                default:
                    calls.Add(Task.Run(() => gateway.SyncAsync("41001", guid)));
                    break;
            }
        }

        await Task.WhenAll(calls).WaitAsync(Budget);
        for (var advances = 0; advances < 100 && !polls.TrueForAll(p => p.IsCompleted); advances++)
        {
            gateway.Time.Advance(gateway.Options.LongPollWait);
            await Task.Delay(10);
        }

        var replies = (await Task.WhenAll(calls)).Concat(await Task.WhenAll(polls).WaitAsync(Budget)).ToList();
        replies.Should().OnlyContain(r => r.Retcode == "0");
        replies.Select(r => r.StateInfo).OfType<System.Text.Json.Nodes.JsonObject>().Should().OnlyContain(info =>
            info["workNo"]!.GetValue<string>() == "41001" && (info["state"]!.GetValue<int>() == 1 || info["state"]!.GetValue<int>() == 4));
        replies.Where(r => r.EventType is not null).Should().OnlyContain(r => r.Json!["event"]!["workNo"]!.GetValue<string>() == "41001");
        gateway.Session("41001")!.State.Should().Be(AgentState.Busy);
        gateway.Queued("41002").Should().HaveCount(2);
        (await gateway.SyncAsync("41002", other)).StateInfo!["state"]!.GetValue<int>().Should().Be(1);
    }

    [Test]
    public async Task Concurrent_sign_ins_of_one_agent_let_exactly_one_through()
    {
        using var gateway = InMemoryGateway.Create();

        var replies = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => gateway.SignInRawAsync("41001"))))
            .WaitAsync(Budget);

        replies.Count(r => r.Retcode == "0").Should().Be(1);
        replies.Count(r => r.Retcode == "100-002").Should().Be(49);
        var winner = replies.Single(r => r.Retcode == "0").SetGuid;
        gateway.Session("41001")!.CurrentGuid.Should().Be(winner);
        gateway.Queued("41001").Should().Equal("AgentOther_InService", "AgentState_Ready");
    }

    private static string Id(int index) => (41001 + index).ToString(CultureInfo.InvariantCulture);

    private static string Reason(string agentId, int round) =>
        (200 + ((int.Parse(agentId, CultureInfo.InvariantCulture) + round) % 51)).ToString(CultureInfo.InvariantCulture);

    /// <summary>One agent's rounds: a waiting poll released by its own busy event, then free, then a sync that clears the queue.</summary>
    private static async Task<string?> DriveAsync(InMemoryGateway gateway, string agentId, string guid)
    {
        if ((await gateway.BeginPollAsync(agentId, guid)).EventType != "AgentOther_InService"
            || (await gateway.BeginPollAsync(agentId, guid)).EventType != "AgentState_Ready")
        {
            return $"{agentId}: sign-in events missing";
        }

        for (var round = 0; round < Rounds; round++)
        {
            var reason = Reason(agentId, round);
            var poll = gateway.BeginPollAsync(agentId, guid);
            var busy = await gateway.ActAsync(agentId, guid, $"saybusy?reason={reason}");
            var delivered = await poll.WaitAsync(Budget);
            var free = await gateway.ActAsync(agentId, guid, "sayfree");
            var sync = await gateway.SyncAsync(agentId, guid);

            if (Problem(agentId, reason, busy, delivered, free, sync) is { } problem)
            {
                return $"{agentId} round {round}: {problem}";
            }
        }

        return null;
    }

    private static async Task<string?> DriveOverSocketAsync(GatewayClient client, string agentId)
    {
        var signIn = await client.SendAsync(HttpMethod.Put, $"onlineagent/{agentId}", null, InMemoryGateway.DocumentedBody);
        var guid = signIn.SetGuid;
        if (guid is null || (await client.SyncAsync(agentId, guid)).Retcode != "0")
        {
            return $"{agentId}: sign-in or first sync failed: {signIn.Body}";
        }

        for (var round = 0; round < 4; round++)
        {
            var reason = Reason(agentId, round);
            var poll = client.SendAsync(HttpMethod.Get, $"agentevent/{agentId}", guid);
            await Task.Delay(50);
            var busy = await client.SendAsync(HttpMethod.Post, $"onlineagent/{agentId}/saybusy?reason={reason}", guid);
            var delivered = await poll;
            var free = await client.SendAsync(HttpMethod.Post, $"onlineagent/{agentId}/sayfree", guid);
            var sync = await client.SyncAsync(agentId, guid);

            if (Problem(agentId, reason, busy, delivered, free, sync) is { } problem)
            {
                return $"{agentId} round {round}: {problem}";
            }
        }

        var signOut = await client.SendAsync(HttpMethod.Delete, $"onlineagent/{agentId}/logout", guid);
        return signOut.Retcode == "0" ? null : $"{agentId}: sign-out failed: {signOut.Body}";
    }

    /// <summary>What is wrong with one round, or null: the poll must carry this agent's busy event, the sync this agent's state.</summary>
    private static string? Problem(string agentId, string reason, Reply busy, Reply delivered, Reply free, Reply sync)
    {
        if (new[] { busy, delivered, free, sync }.FirstOrDefault(r => r.Retcode != "0") is { } failed)
        {
            return $"a call failed: {failed.Body}";
        }

        var deliveredEvent = delivered.Json!["event"];
        if (delivered.EventType != "AgentState_SetNotReady_Success"
            || deliveredEvent!["workNo"]!.GetValue<string>() != agentId
            || deliveredEvent["content"]!["reason"]!.GetValue<string>() != reason)
        {
            return $"the poll delivered {delivered.Body}";
        }

        var info = sync.StateInfo!;
        var consistent = info["workNo"]!.GetValue<string>() == agentId
            && info["state"]!.GetValue<int>() == 1
            && info["lastState"]!.GetValue<int>() == 4;
        return consistent ? null : $"the sync answered {info.ToJsonString()}";
    }
}
