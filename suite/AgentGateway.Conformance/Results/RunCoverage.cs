using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgentGateway.Conformance.Requirements;
using AgentGateway.Conformance.Schemas;

namespace AgentGateway.Conformance.Results;

/// <summary>
/// What a run exercised and what it did not: for each enumerated field, the documented values the gateway's successful
/// answers carried and those never seen; for each requirement, whether it was judged on this target, and if not, why;
/// and what this suite does not check at all. A PASS reads as far as this goes, and no further.
/// </summary>
public sealed record RunCoverage
{
    /// <summary>Each enumerated field of agentStateInfo, in the order of the tables.</summary>
    public required IReadOnlyList<ValueCoverage> Values { get; init; }

    /// <summary>Each requirement of the catalogue, in its order.</summary>
    public required IReadOnlyList<RequirementCoverage> Requirements { get; init; }

    /// <summary>What the documents say that no check of this suite judges, with the reason.</summary>
    public required IReadOnlyList<UncheckedTopic> NotChecked { get; init; }

    /// <summary>The coverage of <paramref name="run"/>: its checks' recorded answers, findings and statuses.</summary>
    public static RunCoverage Of(RunResult run, RequirementCatalogue catalogue, PublishedTables tables, IReadOnlyList<UncheckedTopic> notChecked)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(tables);
        var seen = SeenValues(run, tables.Enumerations.SelectMany(t => t.Governs));
        return new RunCoverage
        {
            Values =
            [
                .. tables.Enumerations.SelectMany(table => table.Governs.Select(field => ValueCoverage.Of(field, table, seen[field]))),
            ],
            Requirements = [.. catalogue.All.Select(r => RequirementCoverage.Of(r, run))],
            NotChecked = notChecked,
        };
    }

    /// <summary>
    /// The values of <paramref name="fields"/> in every recorded answer that carried <c>result.agentStateInfo</c> with
    /// HTTP 2xx: as numbers where they are numbers or digit strings, as their JSON text otherwise. Recorded bodies are
    /// the gateway's, capped and redacted: one that does not parse is passed over.
    /// </summary>
    private static Dictionary<string, HashSet<string>> SeenValues(RunResult run, IEnumerable<string> fields)
    {
        var seen = fields.Distinct(StringComparer.Ordinal).ToDictionary(f => f, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var exchange in run.Checks.SelectMany(c => c.Exchanges))
        {
            if (exchange.Status is not (>= 200 and < 300) || exchange.ResponseBody is not ['{', ..] body || StateInfo(body) is not { } info)
            {
                continue;
            }

            foreach (var (field, values) in seen)
            {
                if (info.TryGetPropertyValue(field, out var node) && node is not null)
                {
                    values.Add(Text(node));
                }
            }
        }

        return seen;
    }

    private static JsonObject? StateInfo(string body)
    {
        try
        {
            return JsonNode.Parse(body)?["result"]?["agentStateInfo"] as JsonObject;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>A number, or a string of digits, as its decimal text; anything else as its JSON text.</summary>
    private static string Text(JsonNode node)
    {
        if (node is JsonValue value)
        {
            if (value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<long>(out var number))
            {
                return number.ToString(CultureInfo.InvariantCulture);
            }

            if (value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() is { Length: > 0 and < 12 } digits
                && digits.All(char.IsAsciiDigit))
            {
                return long.Parse(digits, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
            }
        }

        return Truncated(node.ToJsonString());
    }

    private static string Truncated(string json) => json.Length <= 40 ? json : json[..40] + "…";
}

/// <summary>
/// One enumerated field: how many values its table documents, those the run saw, those it never saw, and anything seen
/// that the table does not hold (judged by the Enumerations checks).
/// </summary>
public sealed record ValueCoverage(string Field, string Table, int Documented, IReadOnlyList<int> Seen, IReadOnlyList<int> NotSeen, IReadOnlyList<string> Undocumented)
{
    internal static ValueCoverage Of(string field, EnumerationTable table, IReadOnlySet<string> seen)
    {
        var documented = table.Values.ToDictionary(v => v.Value.ToString(CultureInfo.InvariantCulture), v => v.Value, StringComparer.Ordinal);
        var seenDocumented = documented.Where(d => seen.Contains(d.Key)).Select(d => d.Value).ToList();
        var undocumented = seen.Where(s => !documented.ContainsKey(s)).Order(StringComparer.Ordinal).ToList();
        return new(field, table.Table, documented.Count, seenDocumented, [.. documented.Values.Except(seenDocumented)], undocumented);
    }
}

/// <summary>How far the run went with one requirement.</summary>
public enum Exercise
{
    /// <summary>A check judged it on this target: it has findings, held or violated.</summary>
    Judged,

    /// <summary>Its checks ran but could not decide it here; the reason says why.</summary>
    Skipped,

    /// <summary>Its checks failed on the suite's side; the reason says how.</summary>
    Errored,

    /// <summary>No check of this run named it (an area left out with --only).</summary>
    NotRun,
}

/// <summary>One requirement's coverage, with the reason when it was not judged.</summary>
public sealed record RequirementCoverage(string Id, Exercise Exercise, string? Reason = null)
{
    internal static RequirementCoverage Of(Requirement requirement, RunResult run)
    {
        var naming = run.Checks.Where(c => c.RequirementIds.Contains(requirement.Id, StringComparer.Ordinal)).ToList();
        if (naming.Count == 0)
        {
            var reason = run.OnlyAreas.Count > 0 && !run.OnlyAreas.Contains(requirement.Area, StringComparer.Ordinal)
                ? $"the run was limited to {string.Join(", ", run.OnlyAreas)} (--only)"
                : run.SetupError is not null ? "the run stopped before checking the gateway" : "no check of this run names it";
            return new(requirement.Id, Exercise.NotRun, reason);
        }

        if (naming.SelectMany(c => c.Findings).Any(f => f.RequirementId == requirement.Id))
        {
            return new(requirement.Id, Exercise.Judged);
        }

        if (naming.FirstOrDefault(c => c.Status == CheckStatus.Error) is { } errored)
        {
            return new(requirement.Id, Exercise.Errored, errored.Message);
        }

        var outside = !requirement.Editions.Contains(run.Edition, StringComparer.Ordinal)
            ? $"it applies to edition {string.Join(", ", requirement.Editions)}; the run used edition {run.Edition} (--edition)"
            : !requirement.Profiles.Contains(run.Profile, StringComparer.Ordinal)
            ? $"it applies to the {string.Join(", ", requirement.Profiles)} profile; the run used the {run.Profile} profile (--profile)"
            : null;
        return new(requirement.Id, Exercise.Skipped, outside ?? naming.Select(c => c.Message).FirstOrDefault(m => m is not null));
    }
}
