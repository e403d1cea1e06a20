using System.Text.Json;

namespace AgentGateway.Conformance.Requirements;

/// <summary>
/// Something the documents say that no check of this suite judges, with where it is said and why it is not checked:
/// read from <c>schemas/not-checked.json</c>, shown in every report's coverage section and in the README.
/// </summary>
public sealed record UncheckedTopic(string Topic, string Source, string Reason)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { AllowTrailingCommas = false };

    /// <summary>The list beside the catalogue (default: <c>schemas/not-checked.json</c> beside the assembly).</summary>
    public static IReadOnlyList<UncheckedTopic> Load(string? path = null)
    {
        path ??= Path.Combine(AppContext.BaseDirectory, "schemas", "not-checked.json");
        using var stream = File.OpenRead(path);
        var list = JsonSerializer.Deserialize<UncheckedList>(stream, Options) ?? throw new InvalidDataException($"{path} holds no list.");
        return list.Topics.Any(t => string.IsNullOrWhiteSpace(t.Topic) || string.IsNullOrWhiteSpace(t.Source) || string.IsNullOrWhiteSpace(t.Reason))
            ? throw new InvalidDataException($"{path}: every topic needs its topic, source and reason.")
            : list.Topics;
    }

    private sealed record UncheckedList(IReadOnlyList<UncheckedTopic> Topics);
}
