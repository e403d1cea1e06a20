using System.Text.Json;
using System.Text.Json.Nodes;
using AgentGateway.Reference.Tests.Support;

namespace AgentGateway.Reference.Tests.Faults;

public sealed partial class SchemaConformanceFaultTests
{
    [TestCase(false)]
    [TestCase(true)]
    [FaultTest(GatewayFault.MissingField)]
    public async Task Missing_field_leaves_curCommand_out_of_agentStateInfo(bool faulty)
    {
        var info = await SyncedInfo(faulty ? GatewayFault.MissingField : null);

        info.ContainsKey("curCommand").Should().Be(!faulty);
        info.Count.Should().Be(faulty ? 24 : 25);
    }

    [TestCase(false, JsonValueKind.False)]
    [TestCase(true, JsonValueKind.String)]
    [FaultTest(GatewayFault.WrongTypeField)]
    public async Task Wrong_type_field_sends_preBusy_as_a_string(bool faulty, JsonValueKind kind)
    {
        var info = await SyncedInfo(faulty ? GatewayFault.WrongTypeField : null);

        info["preBusy"]!.GetValueKind().Should().Be(kind);
        info["preRest"]!.GetValueKind().Should().Be(JsonValueKind.False);
    }

    [TestCase(false, "application/json")]
    [TestCase(true, "text/plain")]
    [FaultTest(GatewayFault.ContentTypeNotJson)]
    public async Task Content_type_not_json_sends_a_successful_sync_as_text_plain(bool faulty, string contentType)
    {
        using var gateway = faulty ? InMemoryGateway.WithFaults(GatewayFault.ContentTypeNotJson) : InMemoryGateway.Create();
        var guid = await gateway.SignInAsync();

        var sync = await gateway.SyncAsync("41001", guid);

        sync.ContentType.Should().StartWith(contentType);
        sync.Retcode.Should().Be("0");
        (await gateway.SyncAsync("41001", "bogus")).ContentType.Should().StartWith("application/json");
    }

    [Test]
    public async Task Without_faults_every_timestamp_is_a_string_and_every_string_field_is_a_string()
    {
        var info = await SyncedInfo(null);

        foreach (var field in new[] { "beginHoldTime", "secondTalkingTime", "beginTalkingTime", "cmdBeginTime", "callData", "partner" })
        {
            info[field]!.GetValueKind().Should().Be(JsonValueKind.String, field);
        }

        info["agentStateBeginTime"]!.GetValue<string>().Should().MatchRegex("^[0-9]+$");
        info["currentTime"]!.GetValue<string>().Should().MatchRegex("^[0-9]+$");
    }

    private static async Task<JsonObject> SyncedInfo(GatewayFault? fault)
    {
        using var gateway = fault is { } on ? InMemoryGateway.WithFaults(on) : InMemoryGateway.Create();
        var guid = await gateway.SignInAsync();
        var sync = await gateway.SyncAsync("41001", guid);
        sync.Retcode.Should().Be("0");
        return sync.StateInfo!;
    }
}
