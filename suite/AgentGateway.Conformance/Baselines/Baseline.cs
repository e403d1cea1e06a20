using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AgentGateway.Conformance.Configuration;
using AgentGateway.Conformance.Requirements;

namespace AgentGateway.Conformance.Baselines;

/// <summary>
/// The accepted deviations of a gateway (<c>--baseline FILE</c>), checked in beside a CI pipeline. Every waiver must
/// name its requirement or check, a reason, an owner and an expiry date: a waiver without them is refused, since the
/// tool never invents why a failure is acceptable or who accepted it.
/// </summary>
public sealed partial record Baseline(string Source, IReadOnlyList<Waiver> Waivers)
{
    /// <summary>A baseline is a short hand-written file; anything longer is refused unread.</summary>
    public const long MaxBytes = 1024 * 1024;

    /// <summary>Reads and checks the baseline at <paramref name="path"/>; throws <see cref="SettingsException"/> saying what to fix.</summary>
    public static Baseline Load(string path, RequirementCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new SettingsException($"AGW_BASELINE: the baseline {path} does not exist.");
        }

        if (file.Length > MaxBytes)
        {
            throw new SettingsException($"AGW_BASELINE: the baseline {path} is {file.Length} bytes, more than {MaxBytes}.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            throw new SettingsException($"AGW_BASELINE: the baseline {path} is not JSON: {e.Message}", e);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("waivers", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                throw new SettingsException($"AGW_BASELINE: the baseline {path} must be an object with a \"waivers\" array.");
            }

            var waivers = list.EnumerateArray().Select((w, i) => Read(w, i, catalogue, path)).ToList();
            if (waivers.GroupBy(w => w.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                throw new SettingsException($"AGW_BASELINE: {path} waives {twice.Key} more than once; keep one waiver for it.");
            }

            return new Baseline(Path.GetFullPath(path), waivers);
        }
    }

    private static Waiver Read(JsonElement element, int index, RequirementCatalogue catalogue, string path)
    {
        var where = $"AGW_BASELINE: waiver {index + 1} of {path}";
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new SettingsException($"{where} is not an object.");
        }

        var id = Text(element, "id");
        if (id is null)
        {
            throw new SettingsException($"{where} names no requirement or check in \"id\".");
        }

        where = $"AGW_BASELINE: the waiver of {id} in {path}";
        if (RequirementId().IsMatch(id))
        {
            if (!catalogue.Contains(id))
            {
                throw new SettingsException($"{where}: no requirement of the catalogue {catalogue.Version} has that ID.");
            }
        }
        else if (!CheckId().IsMatch(id))
        {
            throw new SettingsException($"{where}: \"id\" is neither a requirement ID (SYNC-AREA-NNN) nor a check (Fixture.Check_name).");
        }

        var missing = Mandatory.Where(name => Text(element, name) is null).ToList();
        if (missing.Count > 0)
        {
            throw new SettingsException(
                $"{where} has no {string.Join(", ", missing)}: a waiver is used only with a reason, an owner and an expiry date (yyyy-MM-dd), "
                + "written by the person who accepts the deviation.");
        }

        if (!DateOnly.TryParseExact(Text(element, "expires"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var expires))
        {
            throw new SettingsException($"{where}: \"expires\" must be a date written yyyy-MM-dd, not \"{Text(element, "expires")}\".");
        }

        var link = Text(element, "link");
        if (link is not null && !(Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            throw new SettingsException($"{where}: \"link\" must be an http or https URL.");
        }

        return new Waiver(id, Text(element, "reason")!, Text(element, "owner")!, expires, link);
    }

    private static readonly string[] Mandatory = ["reason", "owner", "expires"];

    /// <summary>A property's text, trimmed; null when absent, not a string or blank.</summary>
    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Trim() is { Length: > 0 } text
            ? text
            : null;

    [GeneratedRegex(@"^SYNC-[A-Z]+-[0-9]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex RequirementId();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9]*\.[A-Za-z_][^\r\n]*$", RegexOptions.CultureInvariant)]
    private static partial Regex CheckId();
}
