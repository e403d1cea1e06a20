using System.Text.Json;
using AgentGateway.Conformance.Results;

namespace AgentGateway.Conformance.Comparison;

/// <summary>Writes a comparison as <c>comparison.json</c>, in the conventions of <c>results.json</c>.</summary>
public static class ComparisonJsonWriter
{
    public const string FileName = "comparison.json";

    public static void Write(RunComparison comparison, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(JsonSerializer.Serialize(comparison, ResultsJsonWriter.Options));
        writer.WriteLine();
    }
}
