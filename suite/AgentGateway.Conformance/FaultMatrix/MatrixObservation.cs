using AgentGateway.Conformance.Results;

namespace AgentGateway.Conformance.FaultMatrix;

/// <summary>What one run found, in the terms of the fault matrix: broken MUST and SHOULD requirements, and errors.</summary>
public sealed record MatrixObservation(IReadOnlySet<string> Fails, IReadOnlySet<string> Warns, IReadOnlyList<CheckResult> Errors)
{
    public static MatrixObservation From(RunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var violated = run.Checks.SelectMany(c => c.Findings).Where(f => !f.Held).ToList();
        return new MatrixObservation(
            violated.Where(f => f.Level == "MUST").Select(f => f.RequirementId).ToHashSet(StringComparer.Ordinal),
            violated.Where(f => f.Level == "SHOULD").Select(f => f.RequirementId).ToHashSet(StringComparer.Ordinal),
            [.. run.Checks.Where(c => c.Status == CheckStatus.Error)]);
    }
}
