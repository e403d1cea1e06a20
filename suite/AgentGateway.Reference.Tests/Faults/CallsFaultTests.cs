using AgentGateway.Reference.Tests.Support;
using static AgentGateway.Reference.Tests.Support.CallScene;

namespace AgentGateway.Reference.Tests.Faults;

public partial class CallsFaultTests
{
    [TestCase(false, "")]
    [TestCase(true, "-0")]
    [FaultTest(GatewayFault.CallIdNotTheEvents)]
    public async Task Callid_not_the_events_reports_another_callid_during_a_call(bool faulty, string suffix)
    {
        using var scene = await TwoAgentsAsync(
            calleeAutoAnswer: true, configure: faulty ? options => options.Faults.Add(GatewayFault.CallIdNotTheEvents) : null);
        var callId = await CallIdOf(scene.CallInnerAsync(A, B));

        var info = await scene.InfoAsync(A);

        info["curCallId"]!.GetValue<string>().Should().Be(callId + suffix);
        info["mainCallId"]!.GetValue<string>().Should().Be(callId + suffix);
    }

    [Test]
    [FaultTest(GatewayFault.CallIdNotTheEvents)]
    public async Task Callid_not_the_events_leaves_an_agent_without_a_call_with_no_callid()
    {
        using var scene = await TwoAgentsAsync(configure: options => options.Faults.Add(GatewayFault.CallIdNotTheEvents));

        var info = await scene.InfoAsync(A);

        info["curCallId"]!.GetValue<string>().Should().BeEmpty();
    }
}
