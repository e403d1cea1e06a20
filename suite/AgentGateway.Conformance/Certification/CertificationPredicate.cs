using System.Text.Json.Nodes;
using AgentGateway.Conformance.Results;

namespace AgentGateway.Conformance.Certification;

/// <summary>The suite a package was made with: its version and the git commit it was built from ("unknown" outside git).</summary>
public sealed record SuiteClaim(string Version, string SourceRevision);

/// <summary>A file the suite judged with, by its path in the repository and its SHA-256 hex.</summary>
public sealed record FileClaim(string Path, string Sha256);

/// <summary>What the run was made against: the URL, the TLS certificate's SHA-256 and the Server header it saw.</summary>
public sealed record TargetClaim(string Url, bool Embedded, string? TlsCertificateSha256, string? ServerHeader);

/// <summary>The verdict of the run as every report words it, and how many checks ended with each status.</summary>
public sealed record VerdictClaim(Verdict Verdict, string Wording, int Checks, IReadOnlyDictionary<string, int> Counts);

/// <summary>
/// What a certification package claims about its run, signed with its reports: the suite and the exact source it was
/// built from, the requirement catalogue and JSON Schemas it judged with, the run's profile, edition, seed and options
/// (secrets removed), the target's fingerprint, the run's times and its verdict, and the key that signed it.
/// </summary>
public sealed record CertificationPredicate
{
    public required SuiteClaim Suite { get; init; }

    /// <summary>The requirement catalogue, <c>schemas/requirements.json</c>.</summary>
    public required FileClaim RequirementCatalogue { get; init; }

    /// <summary>Every JSON Schema file the run's profile validates with, its <c>$ref</c>s included.</summary>
    public required IReadOnlyList<FileClaim> Schemas { get; init; }

    public required string Profile { get; init; }

    public required string Edition { get; init; }

    public required int Seed { get; init; }

    /// <summary>The run's settings as it used them, with no password, Guid or key file in them (<see cref="RunOptions"/>).</summary>
    public required JsonObject Options { get; init; }

    /// <summary>The target; null when the run stopped before it resolved one.</summary>
    public required TargetClaim? Target { get; init; }

    public required DateTimeOffset Started { get; init; }

    public required DateTimeOffset Finished { get; init; }

    public required VerdictClaim Verdict { get; init; }

    /// <summary>The fingerprint of the key that signs the package; null for an unsigned package, which says so here too.</summary>
    public required string? SigningKey { get; init; }

    /// <summary>The claims of <paramref name="run"/>, whose options are <paramref name="options"/>.</summary>
    public static CertificationPredicate Of(RunResult run, JsonObject options, FileClaim catalogue, IReadOnlyList<FileClaim> schemas) => new()
    {
        Suite = new SuiteClaim(run.SuiteVersion, SuiteBuild.SourceRevision),
        RequirementCatalogue = catalogue,
        Schemas = schemas,
        Profile = run.Profile,
        Edition = run.Edition,
        Seed = run.Seed,
        Options = options,
        Target = run.Target is { } target
            ? new TargetClaim(RunOptions.WithoutUserInfo(target.BaseUrl), target.Embedded, target.CertificateSha256, target.ServerHeader)
            : null,
        Started = run.Started,
        Finished = run.Finished,
        Verdict = new VerdictClaim(
            run.Summary.Verdict,
            run.Summary.Wording,
            run.Checks.Count,
            Enum.GetValues<CheckStatus>().ToDictionary(s => s.Label().ToLowerInvariant(), run.Summary.Count)),
        SigningKey = run.SigningKeyFingerprint,
    };
}
