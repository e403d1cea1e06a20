using System.Diagnostics;
using AgentGateway.Conformance.Cli;
using AgentGateway.Conformance.Results;
using AgentGateway.Conformance.Tests.Support;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.RealTarget;

/// <summary>
/// Ctrl+C in the middle of a run against a gateway the suite did not start: the run stops promptly, the call it was
/// making is released and its agents signed out, and the reports say that the run was interrupted. The suite runs as a
/// process of its own and gets SIGINT, as a terminal sends it, once the gateway's own state shows a call talking.
/// </summary>
[Platform(Exclude = "Win", Reason = "SIGINT is sent with kill")]
public sealed class InterruptedRunTests
{
    [Test]
    public async Task Ctrl_c_while_a_call_talks_releases_the_call_signs_the_agents_out_and_reports_an_interrupted_run()
    {
        await using var gateway = await StandaloneGateway.StartAsync();
        var talking = gateway.TalkingCallAsync(TimeSpan.FromSeconds(90));
        var interruptedAt = 0L;
        var interrupt = talking.ContinueWith(
            seen =>
            {
                interruptedAt = Stopwatch.GetTimestamp();
                return seen.Result;
            },
            TaskScheduler.Default);

        // A settle time of 5 s keeps the check waiting while its call talks, so that Ctrl+C comes in the middle of it.
        var outcome = await SuiteProcess.RunAsync(
            ["--target", gateway.BaseUri.ToString(), "--agents", StandaloneGateway.AgentsOption, "--ca-cert", gateway.CaFile,
             "--calls", "20001,20002", "--only", "Calls", "--settle-time", "5s"],
            interruptWhen: interrupt);

        (await talking).Should().BeTrue("a call talked before the run ended: {0}", outcome.Output);
        Stopwatch.GetElapsedTime(interruptedAt).Should().BeLessThan(TimeSpan.FromSeconds(30), "the run stops promptly after Ctrl+C");
        gateway.InCalls().Should().BeEmpty("the interrupted check released its call");
        gateway.SignedIn().Should().BeEmpty("the interrupted check signed its agents out");
        outcome.ExitCode.Should().Be(ExitCodes.SuiteError, outcome.Output);
        outcome.Output.Should().Contain("Interrupted (Ctrl+C)");
        var run = outcome.Results;
        run.Interrupted.Should().Be("Ctrl+C");
        run.Verdict.Should().Be(Verdict.Incomplete);
        run.Summary.Reasons.Should().Contain(r => r.StartsWith("Interrupted (Ctrl+C)", StringComparison.Ordinal));
        run.Checks.Where(c => c.Status is CheckStatus.Fail or CheckStatus.Error).Select(c => $"{c.Name}: {c.Message}").Should().BeEmpty();
        run.Checks.Should().Contain(
            c => c.Status == CheckStatus.Skip && c.Message!.Contains("interrupted (Ctrl+C)", StringComparison.Ordinal)
                && c.Exchanges.Any(e => e.Purpose.Contains("callinner", StringComparison.Ordinal)),
            "the check in the middle of its call ends as SKIP");
    }
}
