using AgentGateway.Conformance.Baselines;
using AgentGateway.Conformance.Requirements;
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

    /// <summary>
    /// What interrupted the run before its end ("Ctrl+C", "SIGTERM"); null when it ran to its end. The checks it had not
    /// finished are skipped, and the verdict is never CONFORMANT.
    /// </summary>
    public string? Interrupted { get; init; }

    /// <summary>The requirement areas the run was limited to (<c>--only</c>); empty when every area ran.</summary>
    public IReadOnlyList<string> OnlyAreas { get; init; } = [];

    /// <summary>The opt-in groups of checks the run included (<c>--include</c>); empty when it made only the default checks.</summary>
    public IReadOnlyList<string> Included { get; init; } = [];

    /// <summary>
    /// Whether the run left calls out for want of <c>--calls</c> (a real target without named calling agents) while the
    /// call area was to run: its checks skip, and the verdict says that calls were not tested.
    /// </summary>
    public bool CallsNotTested { get; init; }

    /// <summary>The accepted deviations the run was judged with (<c>--baseline</c>); null when it had none.</summary>
    public Baseline? Baseline { get; init; }

    /// <summary>
    /// The fingerprint (SHA-256 of the public key's SubjectPublicKeyInfo) of the key the run's certification package is
    /// signed with (<c>--package</c> with <c>--signing-key</c>); null when the run wrote no signed package.
    /// </summary>
    public string? SigningKeyFingerprint { get; init; }

    public required IReadOnlyList<CheckResult> Checks { get; init; }

    /// <summary>
    /// The rounds of a repeated run (<c>--repeat</c>) this run stands for, and the checks that were flaky across them;
    /// null for a run made once.
    /// </summary>
    public RunRounds? Rounds { get; init; }

    /// <summary>What the run exercised and what it did not; absent from a run that was never covered (a test's own model).</summary>
    public RunCoverage? Coverage { get; init; }

    /// <summary>What the run comes to; set once the run is done (<see cref="RunSummary.Of"/>), and read back from results.json.</summary>
    public RunSummary Summary
    {
        get => _summary ?? throw new InvalidOperationException("The run has not been summarised yet: set Summary to RunSummary.Of(run, catalogue).");
        init => _summary = value;
    }

    /// <summary>The verdict of <see cref="Summary"/>, at the top of results.json for readers that want only that.</summary>
    public Verdict Verdict => Summary.Verdict;

    private readonly RunSummary? _summary;

    /// <summary>This run with its summary against <paramref name="catalogue"/>.</summary>
    public RunResult Summarised(RequirementCatalogue catalogue) => this with { Summary = RunSummary.Of(this, catalogue) };
}
