using AgentGateway.Conformance.Results;

namespace AgentGateway.Conformance.FaultMatrix;

/// <summary>What one run found, in the terms of the fault matrix: broken MUST and SHOULD requirements, and errors.</summary>
public sealed record MatrixObservation(IReadOnlySet<string> Fails, IReadOnlySet<string> Warns, IReadOnlyList<CheckResult> Errors)
{
    public static MatrixObservation From(RunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new MatrixObservation(
            run.Summary.Failed.ToHashSet(StringComparer.Ordinal),
            run.Summary.Warned.ToHashSet(StringComparer.Ordinal),
            [.. run.Checks.Where(c => c.Status == CheckStatus.Error)]);
    }
}
