using System.Text.Json;
using AgentGateway.Conformance.Baselines;
using AgentGateway.Conformance.Requirements;
using AgentGateway.Conformance.Schemas;
using AgentGateway.Reference;

namespace AgentGateway.Conformance.Configuration;

/// <summary>
/// Builds <see cref="SuiteSettings"/> from an optional JSON file (<c>AGW_CONFIG</c>) overridden by
/// <c>AGW_*</c> environment variables, and says exactly what is wrong when it cannot.
/// </summary>
public static partial class SettingsLoader
{
    public static SuiteSettings FromEnvironment() => Load(Environment.GetEnvironmentVariable);

    public static SuiteSettings Load(Func<string, string?> environment)
    {
        string? Env(string name) => environment(name) is { Length: > 0 } value ? value : null;

        var file = Env("AGW_CONFIG") is { } path ? SettingsFile.Read(path) : new SettingsFile();
        var defaults = new SuiteSettings();

        var target = Env("AGW_TARGET") ?? file.Target;
        var password = Env("AGW_PASSWORD") ?? file.Password;
        var authMode = ParseAuthMode(Env("AGW_AUTHMODE") ?? AuthModeText(file.AuthMode));
        var guidIntervalText = Env("AGW_GUID_INTERVAL") ?? file.GuidInterval;
        TimeSpan? guidInterval = guidIntervalText is null ? null : ParseDuration(guidIntervalText, "AGW_GUID_INTERVAL");
        var include = CheckGroups.Parse(Env("AGW_INCLUDE") is { } includeText ? [includeText] : IncludeNames(file.Include));
        var sessionTimeoutText = Env("AGW_SESSION_TIMEOUT") ?? file.SessionTimeout;
        TimeSpan? sessionTimeout = sessionTimeoutText is null ? null : ParseDuration(sessionTimeoutText, "AGW_SESSION_TIMEOUT");
        // A declared session timeout describes the target and starts the embedded gateway to match; without one, a run
        // with the slow checks shortens the embedded gateway's, so that they wait seconds.
        var embeddedSessionTimeout = sessionTimeout
            ?? (include.Contains(CheckGroups.Slow) ? EmbeddedGatewaySettings.SlowRunSessionTimeout : null);
        var embedded = LoadEmbedded(file.Embedded, Env, authMode, guidInterval) with { SessionTimeout = embeddedSessionTimeout };
        var rotationBudget = Env("AGW_ROTATION_BUDGET") ?? file.RotationBudget;
        var seed = Env("AGW_SEED") is { } seedText ? ParseInt(seedText, "AGW_SEED") : file.Seed ?? defaults.Seed;

        var settings = defaults with
        {
            Target = target is null ? null : ParseTarget(target),
            CaCertificateFile = Env("AGW_CA_CERT") ?? file.CaCert,
            Insecure = Env("AGW_INSECURE") is { } insecure ? ParseBool(insecure, "AGW_INSECURE") : file.Insecure ?? false,
            Profile = ParseProfile(Env("AGW_PROFILE") ?? file.Profile ?? "compatible"),
            Edition = Env("AGW_EDITION") ?? file.Edition ?? Editions.Default,
            ClockSkew = Duration(Env("AGW_CLOCK_SKEW") ?? file.ClockSkew, "AGW_CLOCK_SKEW", defaults.ClockSkew),
            RequestTimeout = Duration(Env("AGW_REQUEST_TIMEOUT") ?? file.RequestTimeout, "AGW_REQUEST_TIMEOUT", defaults.RequestTimeout),
            LongPollBudget = Duration(Env("AGW_LONG_POLL_BUDGET") ?? file.LongPollBudget, "AGW_LONG_POLL_BUDGET", defaults.LongPollBudget),
            GuidRotationBudget = rotationBudget is not null ? ParseDuration(rotationBudget, "AGW_ROTATION_BUDGET")
                : authMode == AuthModeDeclaration.Rotating && guidInterval is { } interval ? interval + TimeSpan.FromSeconds(15)
                : defaults.GuidRotationBudget,
            SettleTime = Duration(Env("AGW_SETTLE_TIME") ?? file.SettleTime, "AGW_SETTLE_TIME", defaults.SettleTime),
            AuthMode = authMode,
            GuidInterval = guidInterval,
            SessionTimeout = sessionTimeout ?? (target is null ? embeddedSessionTimeout : null) ?? SuiteSettings.DocumentedSessionTimeout,
            Include = include,
            MaxResponseBytes = Env("AGW_MAX_RESPONSE") is { } max
                ? ParseLong(max, "AGW_MAX_RESPONSE")
                : file.MaxResponse ?? defaults.MaxResponseBytes,
            Parallel = Env("AGW_PARALLEL") is { } parallel ? Parallel(ParseInt(parallel, ParallelName)) : file.Parallel is { } n ? Parallel(n) : null,
            ReportsDirectory = Env("AGW_REPORTS") ?? file.Reports ?? defaults.ReportsDirectory,
            Baseline = (Env("AGW_BASELINE") ?? file.Baseline) is { } baseline ? Baseline.Load(baseline, RequirementCatalogue.Load()) : null,
            Seed = seed,
            PackageFile = Env("AGW_PACKAGE") ?? file.Package,
            SigningKey = (Env("AGW_SIGNING_KEY") ?? file.SigningKey) is { } key ? ReadSigningKey(key) : null,
            Calls = (Env("AGW_CALLS") ?? file.Calls) is { } calls ? CallSettings.Parse(calls) : null,
            InboundTrigger = (Env("AGW_INBOUND_TRIGGER") ?? file.InboundTrigger)?.Trim() is { Length: > 0 } trigger ? trigger : null,
            Embedded = embedded,
        };
        var agents = Env("AGW_AGENTS") is { } list ? ParseAgents(list, password) : FromFile(file.Agents, password);
        return Validate(settings with { Agents = agents });
    }

    private static SuiteSettings Validate(SuiteSettings settings)
    {
        if (!Editions.All.Contains(settings.Edition))
        {
            throw new SettingsException($"Edition '{settings.Edition}' is unknown; use one of: {string.Join(", ", Editions.All)} (AGW_EDITION, --edition).");
        }

        if (settings.Insecure && settings.CaCertificateFile is not null)
        {
            throw new SettingsException("Give either a CA certificate (AGW_CA_CERT, --ca-cert) or --insecure, not both.");
        }

        if (settings.CaCertificateFile is { } ca && !File.Exists(ca))
        {
            throw new SettingsException($"CA certificate file '{ca}' does not exist (AGW_CA_CERT, --ca-cert).");
        }

        if (settings.LongPollBudget <= TimeSpan.Zero || settings.RequestTimeout <= TimeSpan.Zero)
        {
            throw new SettingsException("Request timeout and long-poll budget must be positive.");
        }

        if (settings.SessionTimeout <= TimeSpan.Zero || settings.SessionTimeout > TimeSpan.FromDays(1))
        {
            throw new SettingsException(
                $"The session timeout must be positive and at most a day, not {settings.SessionTimeout} "
                + "(AGW_SESSION_TIMEOUT, --session-timeout).");
        }

        if (settings.MaxResponseBytes is < 1024 or > int.MaxValue / 2)
        {
            throw new SettingsException(
                $"The answer size cap must be between 1024 and {int.MaxValue / 2} bytes, not {settings.MaxResponseBytes} "
                + "(AGW_MAX_RESPONSE, --max-response).");
        }

        if (settings.Target is not null && settings.Agents.Count < 2)
        {
            throw new SettingsException(
                $"A real gateway needs at least 2 test agents, {settings.Agents.Count} given: set AGW_AGENTS=41001,41002 (or --agents) "
                + "and their password with AGW_PASSWORD (or --password).");
        }

        ValidatePackage(settings);
        var duplicate = settings.Agents.GroupBy(a => a.Id).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? settings : throw new SettingsException($"Agent {duplicate.Key} is listed twice.");
    }

    private static EmbeddedGatewaySettings LoadEmbedded(
        SettingsFile.EmbeddedEntry? file, Func<string, string?> env, AuthModeDeclaration declared, TimeSpan? declaredInterval)
    {
        var defaults = new EmbeddedGatewaySettings();
        // A declared AUTHMODE or GUIDINTERVAL describes the target, and the embedded gateway is started to match it.
        var authMode = declared switch
        {
            AuthModeDeclaration.Static => 1,
            AuthModeDeclaration.Rotating => 2,
            _ => env("AGW_EMBEDDED_AUTHMODE") is { } mode ? ParseInt(mode, "AGW_EMBEDDED_AUTHMODE") : file?.AuthMode ?? defaults.AuthMode,
        };
        if (authMode is not (1 or 2))
        {
            throw new SettingsException($"AGW_EMBEDDED_AUTHMODE must be 1 or 2, not {authMode}.");
        }

        var interval = env("AGW_EMBEDDED_GUID_INTERVAL") ?? file?.GuidInterval;
        IEnumerable<string> faultNames = env("AGW_EMBEDDED_FAULTS") is { } faultList ? [faultList] : file?.Faults ?? [];
        var faults = Named("AGW_EMBEDDED_FAULTS (--fault)", GatewayFaults.ParseList, faultNames);
        var count = env("AGW_EMBEDDED_AGENTS") is { } agents ? ParseInt(agents, "AGW_EMBEDDED_AGENTS") : file?.Agents ?? defaults.AgentCount;
        if (count < 2)
        {
            throw new SettingsException($"The embedded gateway needs at least 2 agents, not {count} (AGW_EMBEDDED_AGENTS).");
        }

        var varied = LoadVariationsAndHostility(file, env);
        return new EmbeddedGatewaySettings
        {
            AuthMode = authMode,
            GuidInterval = declaredInterval
                ?? (interval is null ? defaults.GuidInterval : ParseDuration(interval, "AGW_EMBEDDED_GUID_INTERVAL")),
            LongPollWait = Duration(env("AGW_EMBEDDED_LONG_POLL") ?? file?.LongPoll, "AGW_EMBEDDED_LONG_POLL", defaults.LongPollWait),
            Faults = faults,
            AgentCount = count,
            Variations = varied.Variations,
            Hostile = varied.Hostile,
            EventDelay = varied.EventDelay,
            RedirectTo = varied.RedirectTo,
            DripInterval = varied.DripInterval,
            Latency = (env("AGW_EMBEDDED_LATENCY") ?? file?.Latency) is { } latency ? ParseLatency(latency) : AnswerLatency.None,
        };
    }

    /// <summary>The variations and the hostile mode of the embedded gateway, with their timing and redirect target.</summary>
    private static EmbeddedGatewaySettings LoadVariationsAndHostility(SettingsFile.EmbeddedEntry? file, Func<string, string?> env)
    {
        IEnumerable<string> variations = env("AGW_EMBEDDED_VARIATIONS") is { } variationList ? [variationList] : file?.Variations ?? [];
        var hostile = env("AGW_EMBEDDED_HOSTILE") ?? file?.Hostile;
        var eventDelay = env("AGW_EMBEDDED_EVENT_DELAY") ?? file?.EventDelay;
        var redirectTo = env("AGW_EMBEDDED_REDIRECT_TO") ?? file?.RedirectTo;
        var dripInterval = env("AGW_EMBEDDED_DRIP_INTERVAL") ?? file?.DripInterval;
        var settings = new EmbeddedGatewaySettings
        {
            Variations = Named("AGW_EMBEDDED_VARIATIONS (--variation)", GatewayVariations.ParseList, variations).ToHashSet(),
            Hostile = hostile is null ? null : Named("AGW_EMBEDDED_HOSTILE (--hostile)", GatewayHostilities.Parse, hostile),
            EventDelay = eventDelay is null ? null : ParseDuration(eventDelay, "AGW_EMBEDDED_EVENT_DELAY"),
            RedirectTo = redirectTo is null ? null : ParseRedirectTarget(redirectTo),
            DripInterval = dripInterval is null ? null : ParseDuration(dripInterval, "AGW_EMBEDDED_DRIP_INTERVAL"),
        };
        if (settings.Hostile == GatewayHostility.Redirect && settings.RedirectTo is null)
        {
            throw new SettingsException(
                "The hostile mode redirect needs the URL the redirects point at: set AGW_EMBEDDED_REDIRECT_TO (or --redirect-to).");
        }

        if (settings.DripInterval is { } drip && drip <= TimeSpan.Zero)
        {
            throw new SettingsException("AGW_EMBEDDED_DRIP_INTERVAL must be positive.");
        }

        return settings;
    }
}
