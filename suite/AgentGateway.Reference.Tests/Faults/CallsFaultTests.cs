using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Tests.Support;
using static AgentGateway.Reference.Tests.Support.CallScene;

namespace AgentGateway.Reference.Tests.Faults;

public class CallsFaultTests
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

    [TestCase(false)]
    [TestCase(true)]
    [FaultTest(GatewayFault.CallRecordKept)]
    public async Task Call_record_kept_reports_the_released_call_after_release_while_the_state_leaves_the_call(bool faulty)
    {
        using var scene = await TwoAgentsAsync(
            calleeAutoAnswer: true, configure: faulty ? options => options.Faults.Add(GatewayFault.CallRecordKept) : null);
        var callId = await CallIdOf(scene.CallInnerAsync(A, B));
        (await scene.ReleaseAsync(A)).IsSuccess.Should().BeTrue();

        foreach (var agent in new[] { A, B })
        {
            var info = await scene.InfoAsync(agent);

            info["state"]!.GetValue<int>().Should().Be((int)AgentState.Idle, "agent {0} went idle after the call either way", agent);
            info["curCallId"]!.GetValue<string>().Should().Be(faulty ? callId : "");
            info["mainCallId"]!.GetValue<string>().Should().Be(faulty ? callId : "");
            info["callerNo"]!.GetValue<string>().Should().Be(faulty ? A : "");
            info["calledNo"]!.GetValue<string>().Should().Be(faulty ? B : "");
            info["holdCallId"]!.GetValue<string>().Should().BeEmpty();
        }
    }

    [Test]
    [FaultTest(GatewayFault.CallRecordKept)]
    public async Task Call_record_kept_reports_the_new_call_once_there_is_one()
    {
        using var scene = await TwoAgentsAsync(
            calleeAutoAnswer: true, configure: options => options.Faults.Add(GatewayFault.CallRecordKept));
        await CallIdOf(scene.CallInnerAsync(A, B));
        await scene.ReleaseAsync(A);

        var second = await CallIdOf(scene.CallInnerAsync(B, A));

        (await scene.InfoAsync(A))["curCallId"]!.GetValue<string>().Should().Be(second);
    }
}
