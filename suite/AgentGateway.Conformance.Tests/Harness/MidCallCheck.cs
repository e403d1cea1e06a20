using AgentGateway.Conformance.Agents;
using AgentGateway.Conformance.Harness;
using AgentGateway.Conformance.Requirements;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Harness;

/// <summary>
/// Checks that call from their first agent to their second and end in the middle of the call: by throwing a
/// <typeparamref name="TException"/>, by violating a MUST, or in a wait that only the run's interruption ends. Generic,
/// so that NUnit's discovery of this assembly leaves it out (it builds no generic class without a fixture attribute);
/// <see cref="Support.CheckRunner"/> runs its checks as the console runner runs the suite's.
/// </summary>
public sealed class MidCallCheck<TException> : ConformanceTest
    where TException : Exception
{
    /// <summary>What the exception a check throws says.</summary>
    public const string Broke = "the check broke in the middle of its call";

    protected override int AgentsNeeded => 2;

    [Test]
    [Requirement(Req.Calls.Call005)]
    public async Task Throws_while_the_call_is_talking()
    {
        await TalkingAsync();
        throw (Exception)Activator.CreateInstance(typeof(TException), Broke)!;
    }

    [Test]
    [Requirement(Req.Calls.Call005)]
    public async Task Throws_while_the_call_rings_at_an_agent_that_answers_by_hand()
    {
        var (_, callee) = await CallAsync(calleeAnswersByHand: true);
        await callee.PollUntilAsync(e => e.EventType == "AgentEvent_Ringing", "AgentEvent_Ringing at the callee");
        throw (Exception)Activator.CreateInstance(typeof(TException), Broke)!;
    }

    [Test]
    [Requirement(Req.Calls.Call005)]
    public async Task Fails_a_must_while_the_call_is_held()
    {
        var (caller, _) = await TalkingAsync();
        (await caller.HoldAsync()).IsDocumentedSuccess.Should().BeTrue();
        await caller.PollUntilAsync(e => e.EventType == "AgentEvent_Hold", "AgentEvent_Hold");
        Must(Req.Calls.Call005, false, "nothing: the check fails here", Broke);
    }

    [Test]
    [Requirement(Req.Calls.Call005)]
    public async Task Waits_while_the_call_is_talking_until_the_run_is_interrupted()
    {
        await TalkingAsync();
        await Task.Delay(Timeout.InfiniteTimeSpan, Time, Interruption);
    }

    private async Task<(AgentSession Caller, AgentSession Callee)> TalkingAsync()
    {
        var (caller, callee) = await CallAsync(calleeAnswersByHand: false);
        foreach (var agent in new[] { caller, callee })
        {
            await agent.PollUntilAsync(e => e.EventType == "AgentEvent_Talking", $"AgentEvent_Talking at agent {agent.Id}");
        }

        return (caller, callee);
    }

    /// <summary>Signs both agents in, marks them for release after the check, as the Calls checks do, and places the call.</summary>
    private async Task<(AgentSession Caller, AgentSession Callee)> CallAsync(bool calleeAnswersByHand)
    {
        var caller = await SignInAsync(0);
        var callee = await SignInAsync(1);
        await caller.PrepareForCallsAsync(autoAnswer: true);
        await callee.PrepareForCallsAsync(autoAnswer: !calleeAnswersByHand);
        ReleaseAfterCheck(caller);
        ReleaseAfterCheck(callee);
        (await caller.CallInnerAsync(callee.Id, "the call the check leaves")).IsDocumentedSuccess.Should().BeTrue();
        return (caller, callee);
    }
}
