using AgentGateway.Conformance.Cli;
using AgentGateway.Conformance.FaultMatrix;
using AgentGateway.Conformance.Requirements;
using AgentGateway.Conformance.Results;
using AgentGateway.Conformance.Tests.Support;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.FaultMatrix;

/// <summary>
/// The suite's detection power: against each fault mode it finds exactly the expected broken requirements, and
/// against the conformant gateway, in every AUTHMODE and profile, nothing at all. Each run is a real process of the
/// suite against its own embedded gateway over HTTPS.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class FaultMatrixTests
{
    private static readonly TimeSpan HostileRequestTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Two request time-outs, plus what a whole run takes against the conformant gateway on a loaded machine (about 15 s
    /// alone, more while the other runs of this fixture share its two cores).
    /// </summary>
    private static readonly TimeSpan HostileRunBound = HostileRequestTimeout * 2 + TimeSpan.FromSeconds(50);

    private static IEnumerable<FaultExpectation> Faults => FaultMatrixData.Load().Faults;

    private static IEnumerable<CleanRun> CleanRuns => FaultMatrixData.Load().CleanRuns;

    private static IEnumerable<HostileExpectation> HostileRows => FaultMatrixData.Load().Hostile;

    /// <summary>
    /// The skips a clean run may have: checks of the other profile, rotation where the Guid never rotates, and the opt-in
    /// checks the run did not include.
    /// </summary>
    private static readonly string[] AllowedSkips = ["belongs to the strict profile", "AUTHMODE 1", "--include slow"];

    [TestCaseSource(nameof(Faults))]
    public async Task The_suite_finds_exactly_the_expected_requirements_broken(FaultExpectation row)
    {
        var outcome = await SuiteProcess.RunAsync(["--fault", row.Fault, .. row.Arguments]);
        var seen = MatrixObservation.From(outcome.Results);

        seen.Errors.Select(e => $"{e.Name}: {e.Message}").Should().BeEmpty("a fault must not make the suite itself fail");
        seen.Fails.Should().BeEquivalentTo(row.Fails, "the MUST requirements {0} breaks fail, and no others", row.Title);
        seen.Warns.Should().BeEquivalentTo(row.Warns, "the SHOULD requirements {0} breaks warn, and no others", row.Title);
        outcome.Results.Checks.Where(c => c.Findings.Any(f => !f.Held && f.Level == RequirementLevel.Must) && c.Status != CheckStatus.Fail)
            .Select(c => c.Name).Should().BeEmpty("a check with a violated MUST requirement ends as FAIL");
        outcome.ExitCode.Should().Be(row.Fails.Count > 0 ? ExitCodes.NotConformant : ExitCodes.Conformant, outcome.Output);
    }

    [TestCaseSource(nameof(CleanRuns))]
    public async Task The_conformant_gateway_passes_clean(CleanRun mode)
    {
        var outcome = await SuiteProcess.RunAsync(mode.Arguments);
        var run = outcome.Results;

        var seen = MatrixObservation.From(run);

        run.Checks.Where(c => c.Status is CheckStatus.Fail or CheckStatus.Error)
            .Select(c => $"{c.Status} {c.Name}: {c.Message}").Should().BeEmpty();
        seen.Warns.Should().BeEquivalentTo(mode.Warns, "a conformant gateway warns only where its variation does by design");
        run.Checks.Where(c => c.Status == CheckStatus.Skip && !AllowedSkips.Any(a => c.Message?.Contains(a, StringComparison.Ordinal) == true))
            .Select(c => $"{c.Name}: {c.Message}").Should().BeEmpty("only checks of the other profile, or of a rotation that cannot come, may be skipped");
        run.Checks.Should().HaveCountGreaterThan(60);
        var staticGuid = mode.Arguments.SkipWhile(a => a != "--authmode").Skip(1).FirstOrDefault() == "1";
        run.Target!.GuidRotationsObserved.Should().Match(n => staticGuid ? n == 0 : n > 0, "the report says which AUTHMODE it observed");
        run.Verdict.Should().Be(Verdict.Conformant);
        outcome.ExitCode.Should().Be(ExitCodes.Conformant, outcome.Output);
    }

    [TestCaseSource(nameof(HostileRows))]
    public async Task A_hostile_gateway_ends_the_run_promptly_in_bounded_memory_with_evidence(HostileExpectation row)
    {
        using var elsewhere = new RecordingListener();
        var outcome = await SuiteProcess.RunAsync(
            ["--hostile", row.Hostile, "--redirect-to", elsewhere.Url, "--request-timeout", $"{HostileRequestTimeout.TotalSeconds}s", .. row.Arguments]);
        var run = outcome.Results;
        var seen = MatrixObservation.From(run);

        elsewhere.Connections.Should().Be(0, "nothing may be sent to an origin other than the target's, however the gateway redirects");
        seen.Errors.Select(e => $"{e.Name}: {e.Message}").Should().BeEmpty("a hostile gateway must not make the suite itself fail");
        seen.Fails.Should().BeEquivalentTo(row.Fails, "the requirements {0} breaks fail, and no others", row.Hostile);
        run.Verdict.Should().BeOneOf(Verdict.NotConformant, Verdict.Incomplete);
        outcome.ExitCode.Should().BeOneOf([ExitCodes.NotConformant, ExitCodes.SuiteError], outcome.Output);
        outcome.Output.Should().NotContain("Unhandled exception");
        outcome.Elapsed.Should().BeLessThan(HostileRunBound, "a run ends within two request time-outs of the first stall plus the other checks");
        outcome.PeakResidentBytes.Should().BeLessThan(300L * 1024 * 1024, "the suite reads no answer past its cap");
    }
}
