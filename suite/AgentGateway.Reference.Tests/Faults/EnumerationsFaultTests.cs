using System.Text.Json.Nodes;
using AgentGateway.Reference.Tests.Support;

namespace AgentGateway.Reference.Tests.Faults;

public class EnumerationsFaultTests
{
    [TestCase(false, 1)]
    [TestCase(true, 0)]
    [FaultTest(GatewayFault.StateOutOfTable)]
    public async Task State_out_of_table_reports_state_0(bool faulty, int state)
    {
        (await SyncedInfo(faulty ? GatewayFault.StateOutOfTable : null))["state"]!.GetValue<int>().Should().Be(state);
    }

    [TestCase(false, 255)]
    [TestCase(true, -1)]
    [FaultTest(GatewayFault.LastStateOutOfTable)]
    public async Task Laststate_out_of_table_reports_minus_1_when_there_is_no_previous_state(bool faulty, int lastState)
    {
        (await SyncedInfo(faulty ? GatewayFault.LastStateOutOfTable : null))["lastState"]!.GetValue<int>().Should().Be(lastState);
    }

    [Test]
    [FaultTest(GatewayFault.LastStateOutOfTable)]
    public async Task Laststate_out_of_table_still_reports_a_real_previous_state()
    {
        (await SyncedInfo(GatewayFault.LastStateOutOfTable, "saybusy"))["lastState"]!.GetValue<int>().Should().Be(1);
    }

    [TestCase(false, 0)]
    [TestCase(true, 1)]
    [FaultTest(GatewayFault.CallFeatureOutOfTable)]
    public async Task Callfeature_out_of_table_reports_callFeature_1(bool faulty, int callFeature)
    {
        (await SyncedInfo(faulty ? GatewayFault.CallFeatureOutOfTable : null))["callFeature"]!.GetValue<int>().Should().Be(callFeature);
    }

    [TestCase(false, 0)]
    [TestCase(true, 40)]
    [FaultTest(GatewayFault.TalkingCallFeatureOutOfTable)]
    public async Task Talkingcallfeature_out_of_table_reports_talkingCallfeature_40(bool faulty, int feature)
    {
        (await SyncedInfo(faulty ? GatewayFault.TalkingCallFeatureOutOfTable : null))["talkingCallfeature"]!.GetValue<int>()
            .Should().Be(feature);
    }

    [TestCase(false, 0)]
    [TestCase(true, 25)]
    [FaultTest(GatewayFault.CurCommandOutOfTable)]
    public async Task Curcommand_out_of_table_reports_curCommand_25(bool faulty, int command)
    {
        (await SyncedInfo(faulty ? GatewayFault.CurCommandOutOfTable : null))["curCommand"]!.GetValue<int>().Should().Be(command);
    }

    private static async Task<JsonObject> SyncedInfo(GatewayFault? fault, string? action = null)
    {
        using var gateway = fault is { } on ? InMemoryGateway.WithFaults(on) : InMemoryGateway.Create();
        var guid = await gateway.SignInAsync();
        if (action is not null)
        {
            (await gateway.ActAsync("41001", guid, action)).Retcode.Should().Be("0");
        }

        var sync = await gateway.SyncAsync("41001", guid);
        sync.Retcode.Should().Be("0");
        return sync.StateInfo!;
    }
}
