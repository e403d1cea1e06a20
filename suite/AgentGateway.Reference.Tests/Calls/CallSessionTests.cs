using AgentGateway.Reference.Tests.Support;
using static AgentGateway.Reference.Tests.Support.CallScene;

namespace AgentGateway.Reference.Tests.Calls;

/// <summary>A call beside the rest of the session: syncagentinfo, agentstatus, state changes, sign-out, session end.</summary>
public class CallSessionTests
{
    [Test]
    public async Task A_sync_during_a_talking_call_clears_the_queue_and_the_call_goes_on_to_hold_and_release()
    {
        using var scene = await TwoAgentsAsync(calleeAutoAnswer: true);
        var callId = await CallIdOf(scene.CallInnerAsync(A, B));
        scene.Gateway.Queued(A).Should().NotBeEmpty();

        var info = await scene.InfoAsync(A);

        scene.Gateway.Queued(A).Should().BeEmpty();
        info["state"]!.GetValue<int>().Should().Be(9);
        info["curCallId"]!.GetValue<string>().Should().Be(callId);
        (await scene.HoldAsync(A)).IsSuccess.Should().BeTrue();
        (await scene.EventsAsync(A)).Select(e => (e.Type, e.CallId)).Should().Equal(("AgentEvent_Hold", callId));
        (await scene.ReleaseAsync(A)).IsSuccess.Should().BeTrue();
        (await scene.EventTypesAsync(A)).Should().Equal("AgentEvent_Call_Release", "AgentEvent_Customer_Release", "AgentState_Ready");
        (await scene.EventTypesAsync(B)).Should().EndWith(["AgentEvent_Customer_Release", "AgentEvent_Call_Release", "AgentState_Ready"]);
    }

    [Test]
    public async Task A_sync_of_one_agent_in_a_call_leaves_the_other_agents_call_events_queued()
    {
        using var scene = await TwoAgentsAsync(calleeAutoAnswer: true);
        await scene.CallInnerAsync(A, B);

        await scene.InfoAsync(A);

        (await scene.EventTypesAsync(B)).Should().EndWith("AgentEvent_Talking");
    }

    [Test]
    public async Task Agentstatus_reports_an_agent_in_a_call_as_talking_and_working_and_idle_again_after_it()
    {
        using var scene = await TwoAgentsAsync(calleeAutoAnswer: true);
        await scene.CallInnerAsync(A, B);

        var during = await scene.Gateway.SendAsync("GET", $"onlineagent/{B}/agentstatus", scene.Guid(B));
        await scene.ReleaseAsync(A);
        var after = await scene.Gateway.SendAsync("GET", $"onlineagent/{B}/agentstatus", scene.Guid(B));

        during.Json!["result"]!.ToJsonString().Should().Be("""{"agentState":7,"isWorking":true}""");
        after.Json!["result"]!.ToJsonString().Should().Be("""{"agentState":4,"isWorking":false}""");
    }

    [TestCase("saybusy")]
    [TestCase("sayfree")]
    [TestCase("rest/60/0")]
    [TestCase("work")]
    public async Task A_state_change_during_a_call_is_refused_with_100_009_and_changes_nothing(string action)
    {
        using var scene = await TwoAgentsAsync(calleeAutoAnswer: true);
        await scene.CallInnerAsync(A, B);
        await scene.EventsAsync(A);

        var reply = await scene.Gateway.ActAsync(A, scene.Guid(A), action);

        reply.Retcode.Should().Be("100-009");
        scene.Gateway.Queued(A).Should().BeEmpty();
        (await scene.InfoAsync(A))["state"]!.GetValue<int>().Should().Be(9);
    }

    [Test]
    public async Task Logout_during_a_call_is_refused_with_100_010_and_the_call_goes_on()
    {
        using var scene = await TwoAgentsAsync(calleeAutoAnswer: true);
        await scene.CallInnerAsync(A, B);

        var reply = await scene.Gateway.SendAsync("DELETE", $"onlineagent/{A}/logout", scene.Guid(A));

        reply.Retcode.Should().Be("100-010");
        (await scene.InfoAsync(A))["state"]!.GetValue<int>().Should().Be(9);
    }

    [Test]
    public async Task Forcelogout_during_a_call_signs_the_agent_out_and_releases_the_call_for_the_other_party()
    {
        using var scene = await TwoAgentsAsync(calleeAutoAnswer: true);
        var callId = await CallIdOf(scene.CallInnerAsync(A, B));
        await scene.EventsAsync(B);

        var reply = await scene.Gateway.SendAsync("DELETE", $"onlineagent/{A}/forcelogout", scene.Guid(A));

        reply.IsSuccess.Should().BeTrue(reply.Body);
        (await scene.EventsAsync(B)).Select(e => (e.Type, e.CallId)).Should().Equal(
            ("AgentEvent_Customer_Release", callId), ("AgentEvent_Call_Release", callId), ("AgentState_Ready", null));
        (await scene.InfoAsync(B))["state"]!.GetValue<int>().Should().Be(1);
    }

    [Test]
    public async Task A_session_that_times_out_releases_its_call()
    {
        using var scene = Create(o => o.SessionTimeout = TimeSpan.FromMinutes(2));
        await scene.SignInAsync(A);
        await scene.SignInAsync(B);
        await scene.CallInnerAsync(A, B);

        for (var second = 0; second < 150; second += 30)
        {
            scene.Advance(TimeSpan.FromSeconds(30));
            await scene.EventsAsync(B);
        }

        scene.Gateway.Session(A).Should().BeNull();
        (await scene.InfoAsync(B))["state"]!.GetValue<int>().Should().Be(1);
    }

    [Test]
    public async Task Signing_in_again_with_forcelogin_releases_the_call_of_the_earlier_session()
    {
        using var scene = await TwoAgentsAsync(calleeAutoAnswer: true);
        await scene.CallInnerAsync(A, B);

        (await scene.Gateway.SignInRawAsync(A, force: true)).IsSuccess.Should().BeTrue();

        (await scene.InfoAsync(B))["state"]!.GetValue<int>().Should().Be(1);
        scene.Gateway.Session(A)!.Call.Should().BeNull();
    }

    [Test]
    public async Task With_published_example_types_the_call_fields_keep_their_values_during_a_call_and_are_null_after_it()
    {
        using var scene = await TwoAgentsAsync(
            calleeAutoAnswer: true, configure: o => o.Variations.Add(GatewayVariation.PublishedExampleTypes));
        await scene.CallInnerAsync(A, B);

        var during = await scene.SyncAsync(A);
        await scene.ReleaseAsync(A);
        var after = await scene.SyncAsync(A);

        during.StateInfo!["beginTalkingTime"]!.GetValue<string>().Should().Be(scene.NowMilliseconds);
        during.Json!["result"]!["callinfo"]!.GetValue<string>().Should().NotBeEmpty();
        after.StateInfo!["beginTalkingTime"].Should().BeNull();
        after.Json!["result"]!["callinfo"].Should().BeNull();
    }
}
