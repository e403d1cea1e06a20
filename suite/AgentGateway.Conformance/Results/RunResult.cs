using AgentGateway.Conformance.Target;

namespace AgentGateway.Conformance.Results;

/// <summary>Everything a run found: the model every report is rendered from.</summary>
public sealed record RunResult
{
    public required string SuiteVersion { get; init; }
    public required string RequirementSetVersion { get; init; }
    public required DateTimeOffset Started { get; init; }
    public required DateTimeOffset Finished { get; init; }
    public required string Profile { get; init; }
    public required string Edition { get; init; }
    public required int Seed { get; init; }
    public TargetFingerprint? Target { get; init; }

    /// <summary>Why the run could not start checking, when the configuration or the preflight failed.</summary>
    public string? SetupError { get; init; }

    /// <summary>The requirement areas the run was limited to (<c>--only</c>); empty when every area ran.</summary>
    public IReadOnlyList<string> OnlyAreas { get; init; } = [];

    public required IReadOnlyList<CheckResult> Checks { get; init; }

    public Verdict Verdict => VerdictRules.Decide(this);
}
