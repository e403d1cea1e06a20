using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgentGateway.Conformance.FaultMatrix;

/// <summary>
/// The fault matrix (<c>fixtures/fault-matrix.json</c>): what the suite must find for each fault mode of the reference
/// gateway, the clean runs, and the requirements no fault proves yet. The matrix tests run it; the README and the
/// HTML report show it.
/// </summary>
public sealed record FaultMatrixData
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    [JsonPropertyName("$comment")]
    public string? Comment { get; init; }

    public required IReadOnlyList<CleanRun> CleanRuns { get; init; }
    public required IReadOnlyList<FaultExpectation> Faults { get; init; }
    public IReadOnlyList<HostileExpectation> Hostile { get; init; } = [];
    public required IReadOnlyList<UnprovenRequirement> Unproven { get; init; }

    /// <summary>Every requirement some row expects to fail or warn: fault rows, hostile rows, and warnings by design.</summary>
    public IReadOnlySet<string> Proven() =>
        Faults.SelectMany(f => f.Fails.Concat(f.Warns))
            .Concat(Hostile.SelectMany(h => h.Fails))
            .Concat(CleanRuns.SelectMany(c => c.Warns))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Loads the matrix from <paramref name="path"/>, by default <c>fixtures/fault-matrix.json</c> beside the assembly.</summary>
    public static FaultMatrixData Load(string? path = null)
    {
        path ??= Path.Combine(AppContext.BaseDirectory, "fixtures", "fault-matrix.json");
        return JsonSerializer.Deserialize<FaultMatrixData>(File.ReadAllText(path), Options)
            ?? throw new InvalidDataException($"{path} holds no fault matrix.");
    }
}
