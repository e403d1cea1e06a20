using System.Reflection;
using AgentGateway.Conformance.Configuration;
using AgentGateway.Conformance.Requirements;
using AgentGateway.Conformance.Results;
using AgentGateway.Conformance.Target;
using NUnit.Framework;

namespace AgentGateway.Conformance;

/// <summary>
/// Resolves the target once for the whole run (starting the embedded gateway when none is configured), runs the
/// preflight, and writes <c>results.json</c> when every check is done. Fails fast with a message saying how to fix
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
            TestContext.Progress.WriteLine($"Target: {_target.BaseUri} ({_target.Fingerprint.EmbeddedDescription ?? "real gateway"})");
            TestContext.Progress.WriteLine($"Profile {_settings.Profile}, edition {_settings.Edition}, seed {_settings.Seed}, "
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
        var run = new RunResult
        {
            SuiteVersion = SuiteVersion,
            RequirementSetVersion = RequirementCatalogue.Load().Version,
            Started = _started,
            Finished = Time.GetUtcNow(),
            Profile = settings.Profile.ToString().ToLowerInvariant(),
            Edition = settings.Edition,
            Seed = settings.Seed,
            Target = _target?.Fingerprint,
            SetupError = _setupError,
            Checks = Results.Snapshot(),
        };
        var path = Path.Combine(ReportsDirectory(settings), ResultsJsonWriter.FileName);
        ResultsJsonWriter.Write(run, path);
        TestContext.Progress.WriteLine($"Verdict: {run.Verdict}. Results: {path}");
    }

    /// <summary>A relative reports folder is taken from the repository root when the suite runs inside one.</summary>
    private static string ReportsDirectory(SuiteSettings settings)
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
