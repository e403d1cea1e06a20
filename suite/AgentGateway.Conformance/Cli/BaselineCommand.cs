using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgentGateway.Conformance.Baselines;
using AgentGateway.Conformance.Comparison;
using AgentGateway.Conformance.Requirements;
using AgentGateway.Conformance.Results;

namespace AgentGateway.Conformance.Cli;

/// <summary>
/// <c>./run.sh baseline write RESULTS [--out FILE]</c>: a first baseline from a run, one waiver per MUST requirement
/// it failed (and per failed check that names none), for a person to complete. The tool writes no reason, owner or
/// expiry of its own: the baseline is refused until someone who accepts each deviation fills them in.
/// </summary>
public static class BaselineCommand
{
    /// <summary>The command's first word: <c>./run.sh baseline write ...</c>.</summary>
    public const string Name = "baseline";

    public const string DefaultFile = "baseline.json";

    /// <summary>A file for a person to edit: indented, and quotes and apostrophes written as themselves, not as \u0027.</summary>
    private static readonly JsonSerializerOptions Writing = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Run(IReadOnlyList<string> args, RequirementCatalogue catalogue, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        string? results = null;
        var file = DefaultFile;
        if (args.Count == 0 || args[0] != "write")
        {
            error.WriteLine($"Usage: {CommandName.Current} baseline write RESULTS [--out FILE]  (RESULTS: a results.json or the reports folder holding it)");
            return ExitCodes.ConfigurationOrPreflight;
        }

        for (var i = 1; i < args.Count; i++)
        {
            if (args[i] == "--out" && i + 1 < args.Count)
            {
                file = args[++i];
            }
            else if (results is null && !args[i].StartsWith("--", StringComparison.Ordinal))
            {
                results = args[i];
            }
            else
            {
                error.WriteLine($"baseline write: unexpected argument '{args[i]}'. Usage: {CommandName.Current} baseline write RESULTS [--out FILE]");
                return ExitCodes.ConfigurationOrPreflight;
            }
        }

        try
        {
            // A results.json is read as any other: capped, depth-limited, and only as data.
            var run = ResultsInput.Read(results ?? throw new ArgumentException("baseline write: which run? Give its results.json or reports folder."));
            if (File.Exists(file))
            {
                throw new ArgumentException($"baseline write: {file} exists; the tool never writes over a baseline someone may have edited.");
            }

            var waivers = Draft(run, catalogue);
            File.WriteAllText(file, waivers.ToJsonString(Writing) + "\n");
            var count = waivers["waivers"]!.AsArray().Count;
            output.WriteLine(count == 0
                ? $"The run failed nothing; wrote {file} with no waiver."
                : $"Wrote {count} waivers to {file}. Fill in the reason, owner and expires (yyyy-MM-dd) of each, and a link if the "
                    + "deviation is tracked: a run with --baseline refuses a waiver without them.");
            return ExitCodes.Conformant;
        }
        catch (Exception e) when (e is ArgumentException or ComparisonInputException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine(e.Message);
            return ExitCodes.ConfigurationOrPreflight;
        }
    }

    private static JsonObject Draft(RunResult run, RequirementCatalogue catalogue)
    {
        var failed = run.Checks.Where(c => c.Status == CheckStatus.Fail).ToList();
        var byRequirement = failed
            .SelectMany(c => c.Findings.Where(f => !f.Held && f.Level == RequirementLevel.Must).Select(f => (f.RequirementId, Check: c.Key)))
            .GroupBy(p => p.RequirementId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Waiver(g.Key, catalogue.Contains(g.Key) ? catalogue.Get(g.Key).Text : null, [.. g.Select(p => p.Check).Distinct()]));
        var unnamed = failed
            .Where(c => !c.Findings.Any(f => !f.Held && f.Level == RequirementLevel.Must))
            .Select(c => Waiver(c.Key, c.Message, []));
        return new JsonObject
        {
            ["$comment"] = "Accepted deviations of one gateway, read by --baseline. Each waiver needs a reason, an owner and an expiry "
                + "date (yyyy-MM-dd, the last day it holds) before a run uses it; link is optional. 'requirement' and 'checks' are "
                + "there for the reader and are not read.",
            ["source"] = $"the run of {run.Started.UtcDateTime:yyyy-MM-dd HH:mm} UTC against {run.Target?.BaseUrl ?? "the embedded reference gateway"}: "
                + run.Summary.Wording,
            ["waivers"] = new JsonArray([.. byRequirement.Concat(unnamed)]),
        };
    }

    private static JsonObject Waiver(string id, string? what, IReadOnlyList<string> checks) => new()
    {
        ["id"] = id,
        ["requirement"] = what,
        ["checks"] = new JsonArray([.. checks.Select(c => (JsonNode)c)]),
        ["reason"] = "",
        ["owner"] = "",
        ["expires"] = "",
        ["link"] = "",
    };
}
