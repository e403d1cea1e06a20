using AgentGateway.Conformance.Schemas;
using BenchmarkDotNet.Attributes;

namespace AgentGateway.Benchmarks.HotPaths;

/// <summary>Validating one successful sync response (the published example) against a profile's schema.</summary>
[MemoryDiagnoser]
public class SchemaValidationBenchmarks
{
    private ResponseSchemas _schemas = null!;
    private string _response = "";

    [Params(SchemaProfile.Compatible, SchemaProfile.Strict)]
    public SchemaProfile Profile { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _schemas = ResponseSchemas.Load(Profile);
        _response = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "published-example.json"));
    }

    /// <summary>As the schema checks judge a sync: the compatible schema always, the strict one too in the strict profile.</summary>
    [Benchmark(Description = "validate one sync response")]
    public int ValidateSyncResponse()
    {
        var violations = ResponseSchemas.Validate(_schemas.SyncSuccess, _response).Count;
        if (_schemas.SyncSuccessStrict is { } strict)
        {
            violations += ResponseSchemas.Validate(strict, _response).Count;
        }

        return violations;
    }
}
