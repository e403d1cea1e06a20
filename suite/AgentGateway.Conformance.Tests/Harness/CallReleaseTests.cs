using AgentGateway.Conformance.Configuration;
using AgentGateway.Conformance.Results;
using AgentGateway.Conformance.Tests.Support;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Harness;

/// <summary>
/// A call a check starts is released however the check ends: it throws, fails a MUST, or the run is interrupted in the
/// middle of it. Each check runs under NUnit's runner against a reference gateway on its own socket, and the gateway's
/// own state says afterwards whether any agent is still in a call or signed in. The gateway refuses to sign out an
/// agent in a call, so a call left behind also leaves its agent signed in.
/// </summary>
[Parallelizable(ParallelScope.Self)] // The checks share the gateway's two agents; two at once would find each other's sessions.
public sealed class CallReleaseTests
{
    private StandaloneGateway _gateway = null!;

    [OneTimeSetUp]
    public async Task StartGatewayAsync() => _gateway = await StandaloneGateway.StartAsync();

    [OneTimeTearDown]
    public async Task StopGatewayAsync() => await _gateway.DisposeAsync();

    [TestCase(nameof(MidCallCheck<Exception>.Throws_while_the_call_is_talking), CheckStatus.Error)]
    [TestCase(nameof(MidCallCheck<Exception>.Throws_while_the_call_rings_at_an_agent_that_answers_by_hand), CheckStatus.Error)]
    [TestCase(nameof(MidCallCheck<Exception>.Fails_a_must_while_the_call_is_held), CheckStatus.Fail)]
    public async Task A_check_that_ends_in_the_middle_of_its_call_leaves_both_agents_out_of_any_call_and_signed_out(
        string check, CheckStatus status)
    {
        await using var run = await CheckRunner.StartAsync(Settings());

        var result = await run.RunAsync(typeof(MidCallCheck<InvalidOperationException>), check);

        result.Status.Should().Be(status, result.Message);
        result.Message.Should().Contain(MidCallCheck<Exception>.Broke, "the check got as far as its call");
        _gateway.InCalls().Should().BeEmpty("the harness released the call after the check");
        _gateway.SignedIn().Should().BeEmpty("the harness signed both agents out after the check");
    }

    [Test]
    public async Task A_run_interrupted_while_a_call_talks_ends_the_check_as_skip_and_leaves_no_call_and_no_agent_signed_in()
    {
        await using var run = await CheckRunner.StartAsync(Settings());
        var talking = _gateway.TalkingCallAsync(TimeSpan.FromSeconds(30));
        var interrupted = talking.ContinueWith(t => t.Result && run.Context.Interrupt("a test"), TaskScheduler.Default);

        var result = await run.RunAsync(
            typeof(MidCallCheck<InvalidOperationException>),
            nameof(MidCallCheck<Exception>.Waits_while_the_call_is_talking_until_the_run_is_interrupted));

        (await interrupted).Should().BeTrue("the run was interrupted while the call talked");
        result.Status.Should().Be(CheckStatus.Skip, result.Message);
        result.Message.Should().Contain("interrupted (a test)");
        _gateway.InCalls().Should().BeEmpty("the harness released the call after the interrupted check");
        _gateway.SignedIn().Should().BeEmpty("the harness signed both agents out after the interrupted check");
    }

    private SuiteSettings Settings() => new()
    {
        Target = _gateway.BaseUri,
        CaCertificateFile = _gateway.CaFile,
        Agents = [.. StandaloneGateway.Agents.Take(2)],
        RequestTimeout = TimeSpan.FromSeconds(10),
        LongPollBudget = TimeSpan.FromSeconds(10),
    };
}
