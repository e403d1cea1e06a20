using AgentGateway.Reference.Tests.Support;
using static AgentGateway.Reference.Tests.Support.CallScene;

namespace AgentGateway.Reference.Tests.Faults;

public partial class CallsFaultTests
{
    private const string Answers = "88001";

    [TestCase(false, 7)]
    [TestCase(true, 6)]
    [FaultTest(GatewayFault.OutboundCallAsInternal)]
    public async Task Outbound_call_as_internal_reports_a_callout_as_an_internal_call(bool faulty, int callFeature)
    {
        using var scene = await OneAgentAsync(faulty ? GatewayFault.OutboundCallAsInternal : null);
        await CallIdOf(scene.CallOutAsync(A, Answers));

        var info = await scene.InfoAsync(A);

        info["callFeature"]!.GetValue<int>().Should().Be(callFeature);
        info["talkingCallfeature"]!.GetValue<int>().Should().Be(callFeature);
    }

    [TestCase(false, Answers)]
    [TestCase(true, "")]
    [FaultTest(GatewayFault.OutboundCalledNoBlank)]
    public async Task Outbound_called_no_blank_leaves_out_the_number_called(bool faulty, string calledNo)
    {
        using var scene = await OneAgentAsync(faulty ? GatewayFault.OutboundCalledNoBlank : null);
        await CallIdOf(scene.CallOutAsync(A, Answers));

        var info = await scene.InfoAsync(A);

        info["calledNo"]!.GetValue<string>().Should().Be(calledNo);
        info["callerNo"]!.GetValue<string>().Should().Be(A);
    }

    [TestCase(false, 6)]
    [TestCase(true, 9)]
    [FaultTest(GatewayFault.CallerTalkingWhileDialling)]
    public async Task Caller_talking_while_dialling_reports_the_caller_talking_while_the_call_rings(bool faulty, int state)
    {
        using var scene = await TwoAgentsAsync(configure: Faulty(faulty, GatewayFault.CallerTalkingWhileDialling));
        await CallIdOf(scene.CallInnerAsync(A, B));

        (await scene.InfoAsync(A))["state"]!.GetValue<int>().Should().Be(state);
        (await scene.InfoAsync(B))["state"]!.GetValue<int>().Should().Be(8, "the callee that rings is left alone");
        (await scene.AnswerAsync(B)).IsSuccess.Should().BeTrue();
        (await scene.InfoAsync(A))["state"]!.GetValue<int>().Should().Be(9);
    }

    [TestCase(false, 1)]
    [TestCase(true, 0)]
    [FaultTest(GatewayFault.PickUpCommandMissing)]
    public async Task Pick_up_command_missing_reports_no_command_for_the_agent_that_answered(bool faulty, int command)
    {
        using var scene = await TwoAgentsAsync(configure: Faulty(faulty, GatewayFault.PickUpCommandMissing));
        await CallIdOf(scene.CallInnerAsync(A, B));
        (await scene.AnswerAsync(B)).IsSuccess.Should().BeTrue();

        (await scene.InfoAsync(B))["curCommand"]!.GetValue<int>().Should().Be(command);
        (await scene.InfoAsync(A))["curCommand"]!.GetValue<int>().Should().Be(4, "the caller's command is left alone");
    }

    [TestCase(false, 0)]
    [TestCase(true, 7)]
    [FaultTest(GatewayFault.InboundCallAsOutbound)]
    public async Task Inbound_call_as_outbound_reports_an_inbound_call_as_a_common_call(bool faulty, int callFeature)
    {
        using var scene = Create(Faulty(faulty, GatewayFault.InboundCallAsOutbound));
        await scene.SignInAsync(B);
        (await scene.InfoAsync(B))["callFeature"]!.GetValue<int>().Should().Be(0, "an agent without a call is left alone");
        await CallIdOf(scene.InboundAsync(B, Answers));

        var info = await scene.InfoAsync(B);

        info["callFeature"]!.GetValue<int>().Should().Be(callFeature);
        info["talkingCallfeature"]!.GetValue<int>().Should().Be(callFeature);
    }

    [TestCase(false, Answers, B)]
    [TestCase(true, B, Answers)]
    [FaultTest(GatewayFault.InboundNumbersSwapped)]
    public async Task Inbound_numbers_swapped_reports_the_agent_as_the_caller_of_an_inbound_call(bool faulty, string callerNo, string calledNo)
    {
        using var scene = Create(Faulty(faulty, GatewayFault.InboundNumbersSwapped));
        await scene.SignInAsync(B);
        await CallIdOf(scene.InboundAsync(B, Answers));

        var info = await scene.InfoAsync(B);

        info["callerNo"]!.GetValue<string>().Should().Be(callerNo);
        info["calledNo"]!.GetValue<string>().Should().Be(calledNo);
    }

    [TestCase(false, 11)]
    [TestCase(true, 9)]
    [FaultTest(GatewayFault.HeldCallReportedTalking)]
    public async Task Held_call_reported_talking_reports_a_held_call_as_talking(bool faulty, int state)
    {
        using var scene = await TwoAgentsAsync(calleeAutoAnswer: true, configure: Faulty(faulty, GatewayFault.HeldCallReportedTalking));
        await CallIdOf(scene.CallInnerAsync(A, B));
        (await scene.InfoAsync(A))["state"]!.GetValue<int>().Should().Be(9);

        (await scene.HoldAsync(A)).IsSuccess.Should().BeTrue();

        (await scene.InfoAsync(A))["state"]!.GetValue<int>().Should().Be(state);
    }

    [TestCase(false, 8)]
    [TestCase(true, 7)]
    [FaultTest(GatewayFault.RingingCalleeReportedOccupied)]
    public async Task Ringing_callee_reported_occupied_reports_a_ringing_callee_as_occupied(bool faulty, int state)
    {
        using var scene = await TwoAgentsAsync(configure: Faulty(faulty, GatewayFault.RingingCalleeReportedOccupied));
        await CallIdOf(scene.CallInnerAsync(A, B));

        (await scene.InfoAsync(B))["state"]!.GetValue<int>().Should().Be(state);
        (await scene.AnswerAsync(B)).IsSuccess.Should().BeTrue();
        (await scene.InfoAsync(B))["state"]!.GetValue<int>().Should().Be(9, "the callee that answered is left alone");
    }

    private static Action<ReferenceGatewayOptions>? Faulty(bool faulty, GatewayFault fault) =>
        faulty ? options => options.Faults.Add(fault) : null;

    private static async Task<CallScene> OneAgentAsync(GatewayFault? fault)
    {
        var scene = Create(fault is { } f ? options => options.Faults.Add(f) : null);
        await scene.SignInAsync(A);
        return scene;
    }
}
