using AgentGateway.Reference.Agents;
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

    [TestCase(false)]
    [TestCase(true)]
    [FaultTest(GatewayFault.SyncEndsCall)]
    public async Task Sync_ends_call_hangs_up_a_talking_call_after_the_sync_has_reported_it(bool faulty)
    {
        using var scene = await TwoAgentsAsync(
            calleeAutoAnswer: true, configure: faulty ? options => options.Faults.Add(GatewayFault.SyncEndsCall) : null);
        var callId = await CallIdOf(scene.CallInnerAsync(A, B));

        var info = await scene.InfoAsync(A);
        var after = await scene.EventTypesAsync(A);
        var hold = await scene.HoldAsync(A);

        info["curCallId"]!.GetValue<string>().Should().Be(callId, "the sync itself still reports the call");
        info["state"]!.GetValue<int>().Should().Be((int)AgentState.Talking);
        if (faulty)
        {
            after.Should().StartWith(["AgentEvent_Call_Release", "AgentEvent_Customer_Release"]);
            hold.IsSuccess.Should().BeFalse();
            hold.Json!["retcode"]!.GetValue<string>().Should().Be("200-005", "there is no call left to hold");
            (await scene.EventTypesAsync(B)).Should().Contain("AgentEvent_Call_Release");
        }
        else
        {
            after.Should().BeEmpty();
            hold.IsSuccess.Should().BeTrue(hold.Body);
        }
    }

    [Test]
    [FaultTest(GatewayFault.SyncEndsCall)]
    public async Task Sync_ends_call_leaves_a_call_that_still_rings()
    {
        using var scene = await TwoAgentsAsync(configure: options => options.Faults.Add(GatewayFault.SyncEndsCall));
        await CallIdOf(scene.CallInnerAsync(A, B));

        await scene.InfoAsync(B);

        (await scene.AnswerAsync(B)).IsSuccess.Should().BeTrue("the call rang on through the sync");
    }

    [TestCase(false)]
    [TestCase(true)]
    [FaultTest(GatewayFault.HoldCallIdEmpty)]
    public async Task Hold_callid_empty_reports_no_held_callid_while_the_call_is_held(bool faulty)
    {
        using var scene = await TwoAgentsAsync(
            calleeAutoAnswer: true, configure: faulty ? options => options.Faults.Add(GatewayFault.HoldCallIdEmpty) : null);
        var callId = await CallIdOf(scene.CallInnerAsync(A, B));
        (await scene.HoldAsync(A)).IsSuccess.Should().BeTrue();

        var info = await scene.InfoAsync(A);

        info["holdCallId"]!.GetValue<string>().Should().Be(faulty ? "" : callId);
        info["state"]!.GetValue<int>().Should().Be((int)AgentState.Hold);
        info["curCallId"]!.GetValue<string>().Should().Be(callId);
        info["beginHoldTime"]!.GetValue<string>().Should().Be(scene.NowMilliseconds);
    }

    [TestCase(false)]
    [TestCase(true)]
    [FaultTest(GatewayFault.CallerCalledSwapped)]
    public async Task Caller_called_swapped_reports_the_numbers_the_wrong_way_round_while_talking(bool faulty)
    {
        using var scene = await TwoAgentsAsync(
            calleeAutoAnswer: true, configure: faulty ? options => options.Faults.Add(GatewayFault.CallerCalledSwapped) : null);
        var callId = await CallIdOf(scene.CallInnerAsync(A, B));

        foreach (var agent in new[] { A, B })
        {
            var info = await scene.InfoAsync(agent);

            info["callerNo"]!.GetValue<string>().Should().Be(faulty ? B : A);
            info["calledNo"]!.GetValue<string>().Should().Be(faulty ? A : B);
            info["curCallId"]!.GetValue<string>().Should().Be(callId, "the callid stays right");
            info["mainCallId"]!.GetValue<string>().Should().Be(callId);
        }
    }

    [Test]
    [FaultTest(GatewayFault.CallerCalledSwapped)]
    public async Task Caller_called_swapped_leaves_the_numbers_of_a_callout_as_they_are()
    {
        using var scene = await TwoAgentsAsync(configure: options => options.Faults.Add(GatewayFault.CallerCalledSwapped));
        await CallIdOf(scene.CallOutAsync(A, "88001"));

        var info = await scene.InfoAsync(A);

        info["callerNo"]!.GetValue<string>().Should().Be(A);
        info["calledNo"]!.GetValue<string>().Should().Be("88001");
    }
}
