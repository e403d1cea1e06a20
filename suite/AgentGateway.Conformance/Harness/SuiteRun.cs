using System.Reflection;
using AgentGateway.Conformance.Configuration;
using AgentGateway.Conformance.Reports;
using AgentGateway.Conformance.Requirements;
using AgentGateway.Conformance.Results;
using AgentGateway.Conformance.Target;
using NUnit.Framework;

namespace AgentGateway.Conformance;

/// <summary>
/// Resolves the target once for the whole run (starting the embedded gateway when none is configured), runs the
/// preflight, and writes the reports when every check is done. Fails fast with a message saying how to fix
/// the configuration.
/// </summary>
[SetUpFixture]
public sealed class SuiteRun
{
    private static GatewayTarget? _target;
    private static SuiteSettings? _settings;
    private static string? _setupError;
    private static DateTimeOffset _started;

    public static ResultCollector Results { get; } = new();

    /// <summary>The areas the console runner limited the run to; empty for all of them.</summary>
    public static IReadOnlyList<string> OnlyAreas { get; set; } = [];

    /// <summary>The model of the run, once its results are written.</summary>
    public static RunResult? LastRun { get; private set; }

    /// <summary>The reports written for <see cref="LastRun"/>, the model first.</summary>
    public static IReadOnlyList<string> LastReports { get; private set; } = [];

    /// <summary>Raised with each line the run prints about itself (target, verdict), for the console runner.</summary>
    public static event Action<string>? Announced;

    public static TimeProvider Time => TimeProvider.System;

    public static GatewayTarget Target =>
        _target ?? throw new InvalidOperationException($"The target is not available: {_setupError ?? "the run has not started"}");

    public static string SuiteVersion =>
        typeof(SuiteRun).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _started = Time.GetUtcNow();
        try
        {
            _settings = SettingsLoader.FromEnvironment();
            _target = await GatewayTarget.ResolveAsync(_settings, Time);
            Announce($"Target: {_target.BaseUri} ({_target.Fingerprint.EmbeddedDescription ?? "real gateway"})");
            Announce($"Profile {_settings.Profile}, edition {_settings.Edition}, seed {_settings.Seed}, "
                + $"agents {string.Join(",", _target.Agents.All.Select(a => a.Id))}, TLS {_target.Trust.Description}");
            await Preflight.RunAsync(_target);
        }
        catch (Exception e) when (e is SettingsException or PreflightException)
        {
            _setupError = e.Message;
            WriteResults();
            Assert.Fail($"{(e is SettingsException ? "Configuration" : "Preflight")} error: {e.Message}");
        }
    }

    [OneTimeTearDown]
    public async Task FinishAsync()
    {
        WriteResults();
        if (_target is not null)
        {
            await _target.DisposeAsync();
        }
    }

    private static void WriteResults()
    {
        var settings = _settings ?? new SuiteSettings();
        var inputs = ReportInputs.Load();
        var catalogue = inputs.Catalogue;
        var run = new RunResult
        {
            SuiteVersion = SuiteVersion,
            RequirementSetVersion = catalogue.Version,
            Started = _started,
            Finished = Time.GetUtcNow(),
            Profile = settings.Profile.ToString().ToLowerInvariant(),
            Edition = settings.Edition,
            Seed = settings.Seed,
            Target = _target?.Fingerprint,
            SetupError = _setupError,
            OnlyAreas = OnlyAreas,
            Checks = Results.Snapshot(),
        }.Summarised(catalogue);
        if (run.Target is { } target)
        {
            Announce($"AUTHMODE: declared {target.AuthModeDeclared ?? "auto"}; observed {target.AuthModeObserved}");
        }

        LastReports = ReportWriter.WriteAll(run, inputs, ReportsDirectory(settings));
        LastRun = run;
        Announce($"Verdict: {VerdictRules.Text(run.Verdict)}. Reports: {string.Join(", ", LastReports)}");
    }

    private static void Announce(string line)
    {
        TestContext.Progress.WriteLine(line);
        Announced?.Invoke(line);
    }

    /// <summary>A relative reports folder is taken from the repository root when the suite runs inside one.</summary>
    public static string ReportsDirectory(SuiteSettings settings)
    {
        if (Path.IsPathRooted(settings.ReportsDirectory))
        {
            return settings.ReportsDirectory;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AgentGateway.Conformance.sln")))
            {
                return Path.Combine(dir.FullName, settings.ReportsDirectory);
            }
        }

        return Path.GetFullPath(settings.ReportsDirectory);
    }
}
