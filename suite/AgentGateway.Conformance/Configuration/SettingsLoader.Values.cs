using System.Globalization;
using System.Text.Json;
using AgentGateway.Conformance.Baselines;
using AgentGateway.Conformance.Certification;
using AgentGateway.Conformance.Requirements;
using AgentGateway.Conformance.Schemas;
using AgentGateway.Reference;

namespace AgentGateway.Conformance.Configuration;

/// <summary>The values of single settings read from their text; a mistake names the setting and what it takes.</summary>
public static partial class SettingsLoader
{
    /// <summary>What <paramref name="parse"/> reads from catalogue names; an unknown name is a mistake that names the setting.</summary>
    private static T Named<TText, T>(string setting, Func<TText, T> parse, TText text)
    {
        try
        {
            return parse(text);
        }
        catch (ArgumentException unknown)
        {
            throw new SettingsException($"{setting}: {unknown.Message}", unknown);
        }
    }

    private static SigningKey ReadSigningKey(string path)
    {
        try
        {
            return SigningKey.Load(path);
        }
        catch (PackageKeyException wrong)
        {
            throw new SettingsException($"AGW_SIGNING_KEY (--signing-key): {wrong.Message}", wrong);
        }
    }

    /// <summary>A package certifies a run as it is: never with waivers, and a signing key signs nothing without one.</summary>
    private static void ValidatePackage(SuiteSettings settings)
    {
        if (settings.PackageFile is not null && settings.Baseline is not null)
        {
            throw new SettingsException(
                "A certification package (AGW_PACKAGE, --package) is for a run without waivers, and a baseline (AGW_BASELINE, "
                + "--baseline) waives failures: certify with a run that has no baseline, or leave --package out of a CI gate.");
        }

        if (settings.SigningKey is not null && settings.PackageFile is null)
        {
            throw new SettingsException(
                "A signing key (AGW_SIGNING_KEY, --signing-key) signs the certification package: give the package file too (--package FILE).");
        }
    }

    private static Uri ParseRedirectTarget(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new SettingsException($"AGW_EMBEDDED_REDIRECT_TO: '{text}' is not an http(s) URL; write it as https://host:port/.");

    private static List<AgentCredentials> ParseAgents(string list, string? password) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(entry => entry.Split(':'))
            .Select(parts => Agent(parts[0], parts.ElementAtOrDefault(1), parts.ElementAtOrDefault(2), password))
            .ToList();

    private static List<AgentCredentials> FromFile(List<SettingsFile.AgentEntry>? agents, string? password) =>
        agents?.Select(a => Agent(a.Id, a.Password, a.Phone, password)).ToList() ?? [];

    private static AgentCredentials Agent(string id, string? password, string? phone, string? defaultPassword)
    {
        if (id.Length == 0 || !id.All(char.IsAsciiDigit))
        {
            throw new SettingsException($"Agent ID '{id}' is not a work number (digits only) in AGW_AGENTS / --agents / the config file.");
        }

        // Without a configured phone number the agent signs in with its work number, as the documented examples do.
        return new AgentCredentials(id, password is { Length: > 0 } ? password : defaultPassword ?? "", phone is { Length: > 0 } ? phone : id);
    }

    private static Uri ParseTarget(string text)
    {
        if (!Uri.TryCreate(text.TrimEnd('/') + "/", UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            throw new SettingsException($"Target '{text}' is not an http(s) URL; write it as https://host:8043.");
        }

        return uri;
    }

    private static string? AuthModeText(JsonElement? value) => value switch
    {
        null => null,
        { ValueKind: JsonValueKind.Number } number => number.GetRawText(),
        { ValueKind: JsonValueKind.String } text => text.GetString(),
        { } other => other.GetRawText(),
    };

    /// <summary>The names of the file's include: a list of names, or one string of comma-separated names.</summary>
    private static IEnumerable<string> IncludeNames(JsonElement? value) => value switch
    {
        null => [],
        { ValueKind: JsonValueKind.String } text => [text.GetString() ?? ""],
        { ValueKind: JsonValueKind.Array } list when list.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) =>
            [.. list.EnumerateArray().Select(e => e.GetString() ?? "")],
        { } other => throw new SettingsException(
            $"include in the configuration file must be a list of group names, not {other.GetRawText()}."),
    };

    private static AuthModeDeclaration ParseAuthMode(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "auto" => AuthModeDeclaration.Auto,
        "1" => AuthModeDeclaration.Static,
        "2" => AuthModeDeclaration.Rotating,
        _ => throw new SettingsException($"AUTHMODE '{text}' is unknown; use 1, 2 or auto (AGW_AUTHMODE, --authmode)."),
    };

    private static SchemaProfile ParseProfile(string text) => text.ToLowerInvariant() switch
    {
        "compatible" => SchemaProfile.Compatible,
        "strict" => SchemaProfile.Strict,
        _ => throw new SettingsException($"Profile '{text}' is unknown; use compatible or strict (AGW_PROFILE, --profile)."),
    };

    private static TimeSpan Duration(string? text, string name, TimeSpan fallback) => text is null ? fallback : ParseDuration(text, name);

    /// <summary>The embedded gateway's latency, a duration or a range (<see cref="AnswerLatency"/>); a mistake names the setting.</summary>
    private static AnswerLatency ParseLatency(string text)
    {
        try
        {
            return AnswerLatency.Parse(text);
        }
        catch (FormatException e)
        {
            throw new SettingsException($"AGW_EMBEDDED_LATENCY (--latency): {e.Message}");
        }
    }

    /// <summary>A duration as <see cref="Durations"/> reads it; a mistake names the setting.</summary>
    private static TimeSpan ParseDuration(string text, string name)
    {
        try
        {
            return Durations.Parse(text);
        }
        catch (FormatException wrong)
        {
            throw new SettingsException($"{name}: {wrong.Message}", wrong);
        }
    }

    private const string ParallelName = "AGW_PARALLEL (--parallel)";

    /// <summary>How many checks may run at once: 1 to 64.</summary>
    private static int Parallel(int checks) => checks is >= 1 and <= 64
        ? checks
        : throw new SettingsException($"{ParallelName}: {checks} is not a number of checks from 1 to 64.");

    private static int ParseInt(string text, string name) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new SettingsException($"{name}: '{text}' is not a whole number.");

    private static long ParseLong(string text, string name) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new SettingsException($"{name}: '{text}' is not a whole number.");

    private static bool ParseBool(string text, string name) => text.ToLowerInvariant() switch
    {
        "1" or "true" or "yes" => true,
        "0" or "false" or "no" => false,
        _ => throw new SettingsException($"{name}: '{text}' is not true or false."),
    };
}
