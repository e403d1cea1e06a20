using AgentGateway.Conformance.Cli;
using AgentGateway.Conformance.FaultMatrix;
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
    private static IEnumerable<FaultExpectation> Faults => FaultMatrixData.Load().Faults;

    private static IEnumerable<CleanRun> CleanRuns => FaultMatrixData.Load().CleanRuns;

    [TestCaseSource(nameof(Faults))]
    public async Task The_suite_finds_exactly_the_expected_requirements_broken(FaultExpectation row)
    {
        var outcome = await SuiteProcess.RunAsync(["--fault", row.Fault, .. row.Arguments]);
        var seen = MatrixObservation.From(outcome.Results);

        seen.Errors.Select(e => $"{e.Name}: {e.Message}").Should().BeEmpty("a fault must not make the suite itself fail");
        seen.Fails.Should().BeEquivalentTo(row.Fails, "the MUST requirements {0} breaks fail, and no others", row.Title);
        seen.Warns.Should().BeEquivalentTo(row.Warns, "the SHOULD requirements {0} breaks warn, and no others", row.Title);
        outcome.Results.Checks.Where(c => c.Findings.Any(f => !f.Held && f.Level == "MUST") && c.Status != CheckStatus.Fail)
            .Select(c => c.Name).Should().BeEmpty("a check with a violated MUST requirement ends as FAIL");
        outcome.ExitCode.Should().Be(row.Fails.Count > 0 ? ExitCodes.NotConformant : ExitCodes.Conformant, outcome.Output);
    }

    [TestCaseSource(nameof(CleanRuns))]
    public async Task The_conformant_gateway_passes_clean(CleanRun mode)
    {
        var outcome = await SuiteProcess.RunAsync(mode.Arguments);
        var run = outcome.Results;

        run.Checks.Where(c => c.Status is not (CheckStatus.Pass or CheckStatus.Skip))
            .Select(c => $"{c.Status} {c.Name}: {c.Message}").Should().BeEmpty();
        run.Checks.Where(c => c.Status == CheckStatus.Skip && c.Message?.Contains("belongs to the strict profile", StringComparison.Ordinal) != true)
            .Select(c => $"{c.Name}: {c.Message}").Should().BeEmpty("only checks of the other profile may be skipped");
        run.Checks.Should().HaveCountGreaterThan(60);
        run.Verdict.Should().Be(Verdict.Conformant);
        outcome.ExitCode.Should().Be(ExitCodes.Conformant, outcome.Output);
    }
}
