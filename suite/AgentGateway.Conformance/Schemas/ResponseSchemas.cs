using System.Collections.Concurrent;
using NJsonSchema;

namespace AgentGateway.Conformance.Schemas;

/// <summary>
/// The checked-in JSON Schemas the conformance checks validate responses with, loaded once per profile and directory.
/// <see cref="SyncSuccess"/> is always the compatible (MUST) schema; the strict profile adds <see cref="SyncSuccessStrict"/> (WARN).
/// </summary>
public sealed partial class ResponseSchemas
{
    private static readonly ConcurrentDictionary<(SchemaProfile, string), Lazy<ResponseSchemas>> Cache = new();

    private readonly List<string> _files = [];

    private ResponseSchemas(SchemaProfile profile, string directory)
    {
        Profile = profile;
        SyncSuccess = Read(directory, "compatible", "sync-response.schema.json");
        SyncSuccessStrict = profile == SchemaProfile.Strict ? Read(directory, "strict", "sync-response.schema.json") : null;
        Failure = Read(directory, "failure.schema.json");
        FailureDocumented = Read(directory, "failure-documented.schema.json");
        SignInSuccess = Read(directory, "signin-response.schema.json");
        EventResponse = Read(directory, "event-response.schema.json");
        AgentState = Read(directory, "enums", "agent-state.schema.json");
        CallType = Read(directory, "enums", "call-type.schema.json");
        CurrentCommand = Read(directory, "enums", "current-command.schema.json");
    }

    /// <summary>Where the schemas are copied beside the assembly.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "schemas");

    /// <summary>The schema files loaded, by full path; the files their relative <c>$ref</c>s name are loaded with them.</summary>
    public IReadOnlyList<string> Files => _files;

    /// <summary>The profile these schemas were loaded for.</summary>
    public SchemaProfile Profile { get; }

    /// <summary>The MUST schema of a syncagentinfo success: always the compatible one.</summary>
    public JsonSchema SyncSuccess { get; }

    /// <summary>The exact table types of a syncagentinfo success (WARN); null in the compatible profile.</summary>
    public JsonSchema? SyncSuccessStrict { get; }

    /// <summary>The MUST schema of a business failure: <c>retcode</c> a string other than "0", <c>message</c> a string.</summary>
    public JsonSchema Failure { get; }

    /// <summary>The SHOULD schema of a business failure: a documented <c>NNN-NNN</c> code and no <c>result.agentStateInfo</c>.</summary>
    public JsonSchema FailureDocumented { get; }

    /// <summary>A sign-in success; read by the suite, not certified, so lenient on the result's field types.</summary>
    public JsonSchema SignInSuccess { get; }

    /// <summary>An event poll success: one event, or the empty poll without one.</summary>
    public JsonSchema EventResponse { get; }

    /// <summary>Table 3 of the Agent Status page (agent state, 255 included).</summary>
    public JsonSchema AgentState { get; }

    /// <summary>Table 6 (call type).</summary>
    public JsonSchema CallType { get; }

    /// <summary>Table 7 (current command).</summary>
    public JsonSchema CurrentCommand { get; }

    /// <summary>
    /// Loads the schemas of <paramref name="profile"/> from <paramref name="schemasDirectory"/> (default: <see cref="DefaultDirectory"/>).
    /// </summary>
    public static ResponseSchemas Load(SchemaProfile profile, string? schemasDirectory = null)
    {
        var directory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(schemasDirectory ?? DefaultDirectory));
        return Cache
            .GetOrAdd((profile, directory), key => new Lazy<ResponseSchemas>(() => new ResponseSchemas(key.Item1, key.Item2)))
            .Value;
    }

    private JsonSchema Read(string directory, params string[] path)
    {
        var file = Path.Combine([directory, .. path]);
        if (!File.Exists(file))
        {
            throw new FileNotFoundException(
                $"Schema {file} is missing; the schemas are copied from the repository's schemas/ folder.", file);
        }

        _files.Add(file);
        // NJsonSchema resolves the relative $refs against the file's own path.
        return JsonSchema.FromFileAsync(file).GetAwaiter().GetResult();
    }
}
