using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgentGateway.Conformance.Certification;

/// <summary>A file of the package and its digest, as an in-toto subject: <c>{"name": ..., "digest": {"sha256": hex}}</c>.</summary>
public sealed record StatementSubject(string Name, IReadOnlyDictionary<string, string> Digest);

/// <summary>
/// The package's manifest content: an in-toto Statement v1 (github.com/in-toto/attestation, spec/v1/statement.md) whose
/// subjects are the package's report files and whose predicate is what the run claims (<see cref="CertificationPredicate"/>).
/// </summary>
public sealed record CertificationStatement
{
    public const string StatementType = "https://in-toto.io/Statement/v1";

    /// <summary>This suite's own predicate type: a conformance run of the syncagentinfo interface, version 1.</summary>
    public const string CertificationPredicateType = "https://agentgateway-conformance.invalid/certification-package/v1";

    private static readonly JsonSerializerOptions Writing = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    /// <summary>The same, strict for reading: no member unknown or missing, no null where none belongs, a depth cap.</summary>
    private static readonly JsonSerializerOptions Reading = new(Writing)
    {
        MaxDepth = 32,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    [JsonPropertyName("_type")]
    public required string Type { get; init; }

    public required IReadOnlyList<StatementSubject> Subject { get; init; }

    public required string PredicateType { get; init; }

    public required CertificationPredicate Predicate { get; init; }

    /// <summary>A statement of <paramref name="files"/> (name and SHA-256 hex) with <paramref name="predicate"/>.</summary>
    public static CertificationStatement Of(IEnumerable<(string Name, string Sha256)> files, CertificationPredicate predicate) => new()
    {
        Type = StatementType,
        Subject = [.. files.Select(f => new StatementSubject(f.Name, new Dictionary<string, string> { ["sha256"] = f.Sha256 }))],
        PredicateType = CertificationPredicateType,
        Predicate = predicate,
    };

    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this, Writing);

    /// <summary>The statement <paramref name="payload"/> holds; a <see cref="FormatException"/> says why it is none of this suite.</summary>
    public static CertificationStatement Parse(byte[] payload)
    {
        CertificationStatement? statement;
        try
        {
            statement = JsonSerializer.Deserialize<CertificationStatement>(payload, Reading);
        }
        catch (JsonException e)
        {
            throw new FormatException($"its statement is not one of this suite ({e.Message.Split(" Path:")[0]})", e);
        }

        if (statement is null || statement.Type != StatementType || statement.PredicateType != CertificationPredicateType)
        {
            throw new FormatException($"its statement is not an in-toto Statement v1 of predicate type {CertificationPredicateType}");
        }

        return statement;
    }
}
