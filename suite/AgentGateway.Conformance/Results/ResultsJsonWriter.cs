using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgentGateway.Conformance.Results;

/// <summary>Writes the run model as <c>results.json</c>, the source every other report is rendered from.</summary>
public static class ResultsJsonWriter
{
    public const string FileName = "results.json";

    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    public static void Write(RunResult run, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var writer = new StreamWriter(path);
        Write(run, writer);
    }

    public static void Write(RunResult run, TextWriter writer)
    {
        writer.Write(JsonSerializer.Serialize(run, Options));
        writer.WriteLine();
    }

    public static RunResult Read(string json) =>
        JsonSerializer.Deserialize<RunResult>(json, Options) ?? throw new JsonException("results.json holds no run.");
}
