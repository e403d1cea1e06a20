using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgentGateway.Conformance.Configuration;

/// <summary>
/// The JSON configuration file as written by a user; every field is optional.
/// See <c>fixtures/targets/example.json</c>.
/// </summary>
internal sealed record SettingsFile
{
    public string? Target { get; init; }
    public List<AgentEntry>? Agents { get; init; }
    public string? Password { get; init; }
    public string? CaCert { get; init; }
    public bool? Insecure { get; init; }
    public string? Profile { get; init; }
    public string? Edition { get; init; }
    public string? ClockSkew { get; init; }
    public string? RequestTimeout { get; init; }
    public string? LongPollBudget { get; init; }
    public string? RotationBudget { get; init; }
    public string? SettleTime { get; init; }

    /// <summary>1, 2 or "auto"; a number or a string.</summary>
    public JsonElement? AuthMode { get; init; }
    public string? GuidInterval { get; init; }
    public string? SessionTimeout { get; init; }

    /// <summary>The opt-in groups of checks: a list of names, or one string of comma-separated names.</summary>
    public JsonElement? Include { get; init; }
    public long? MaxResponse { get; init; }
    public int? Parallel { get; init; }
    public string? Reports { get; init; }

    /// <summary>The baseline file of accepted deviations, as <c>--baseline</c>.</summary>
    public string? Baseline { get; init; }
    public int? Seed { get; init; }

    /// <summary>The certification package to write, as <c>--package</c>.</summary>
    public string? Package { get; init; }

    /// <summary>The PEM file of the key that signs the package, as <c>--signing-key</c>.</summary>
    public string? SigningKey { get; init; }

    /// <summary>CALLER,CALLEE[,NUMBER], as <c>--calls</c>.</summary>
    public string? Calls { get; init; }

    /// <summary>The same-origin path that places an inbound call, as <c>--inbound-trigger</c>.</summary>
    public string? InboundTrigger { get; init; }
    public EmbeddedEntry? Embedded { get; init; }

    internal sealed record AgentEntry(string Id, string? Password, string? Phone);

    internal sealed record EmbeddedEntry
    {
        public int? AuthMode { get; init; }
        public string? GuidInterval { get; init; }
        public string? LongPoll { get; init; }
        public List<string>? Faults { get; init; }
        public int? Agents { get; init; }
        public List<string>? Variations { get; init; }
        public string? Hostile { get; init; }
        public string? EventDelay { get; init; }
        public string? Latency { get; init; }
        public string? RedirectTo { get; init; }
        public string? DripInterval { get; init; }
    }

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static SettingsFile Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new SettingsException($"Configuration file '{path}' does not exist (from --config or AGW_CONFIG).");
        }

        try
        {
            return JsonSerializer.Deserialize<SettingsFile>(File.ReadAllText(path), Options)
                ?? throw new SettingsException($"Configuration file '{path}' is empty.");
        }
        catch (JsonException e)
        {
            throw new SettingsException($"Configuration file '{path}' is not valid: {e.Message}", e);
        }
    }
}
