using System.Reflection;
using AgentGateway.Conformance.Certification;
using AgentGateway.Conformance.Configuration;
using AgentGateway.Conformance.Http;
using AgentGateway.Conformance.Reports;
using AgentGateway.Conformance.Requirements;
using AgentGateway.Conformance.Results;
using AgentGateway.Conformance.Schemas;
using AgentGateway.Conformance.Target;
using NUnit.Framework.Interfaces;

namespace AgentGateway.Conformance.Harness;

/// <summary>
/// Everything one run shares, handed to every check: the settings, the target, the catalogue and fault matrix the
/// reports show, the collector of the checks' results, and, once the run is over, its model and reports. The data
/// flows one way: settings → target → results → summary → reports. The console runner makes one and hands it to
/// NUnit on the loaded test assembly; under <c>dotnet test</c> the run's set-up fixture makes it from the environment.
/// </summary>
public sealed class RunContext : IAsyncDisposable
{
    /// <summary>The property of a test suite that carries the context to the tests below it.</summary>
    private const string PropertyName = "_AgentGatewayRun";

    private readonly CancellationTokenSource _interruption = new();
    private GatewayTarget? _target;
    private string? _interruptedBy;

    public RunContext(SuiteSettings settings, ReportInputs inputs, IReadOnlyList<string>? onlyAreas = null, TimeProvider? time = null)
    {
        Settings = settings;
        Inputs = inputs;
        OnlyAreas = onlyAreas ?? [];
        Time = time ?? TimeProvider.System;
    }

    public SuiteSettings Settings { get; }

    /// <summary>The catalogue the checks name and the fault matrix the reports show.</summary>
    public ReportInputs Inputs { get; }

    public RequirementCatalogue Catalogue => Inputs.Catalogue;

    /// <summary>The areas the run is limited to; empty for all of them.</summary>
    public IReadOnlyList<string> OnlyAreas { get; }

    public TimeProvider Time { get; }

    /// <summary>The checks' results as they finish.</summary>
    public ResultCollector Results { get; } = new();

    /// <summary>Why the run could not start (configuration or preflight); null once it started.</summary>
    public string? SetupError { get; private set; }

    /// <summary>The gateway under test, once <see cref="StartAsync"/> resolved it.</summary>
    public GatewayTarget Target =>
        _target ?? throw new InvalidOperationException($"The target is not available: {SetupError ?? "the run has not started"}");

    /// <summary>The model of the run, once <see cref="Finish"/> wrote it.</summary>
    public RunResult? Run { get; private set; }

    /// <summary>Why the certification package asked for (<c>--package</c>) could not be written; null when it was, or none was asked for.</summary>
    public string? PackageError { get; private set; }

    /// <summary>The reports written for <see cref="Run"/>, the model first.</summary>
    public IReadOnlyList<string> Reports { get; private set; } = [];

    /// <summary>
    /// Signalled once the run is interrupted (<see cref="Interrupt"/>): checks send nothing more and stop waiting, their
    /// teardowns still release their calls and sign their agents out, and the checks not yet started are skipped.
    /// </summary>
    public CancellationToken Interruption => _interruption.Token;

    /// <summary>What interrupted the run ("Ctrl+C", "SIGTERM"); null while it runs on.</summary>
    public string? InterruptedBy => Volatile.Read(ref _interruptedBy);

    /// <summary>Raised with each line the run prints about itself (target, verdict).</summary>
    public event Action<string>? Announced;

    public static string SuiteVersion =>
        typeof(RunContext).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>A context from the <c>AGW_*</c> variables and the config file they name; a bad setting is its setup error.</summary>
    public static RunContext FromEnvironment()
    {
        try
        {
            return new RunContext(SettingsLoader.FromEnvironment(), ReportInputs.Load());
        }
        catch (SettingsException e)
        {
            var context = new RunContext(new SuiteSettings(), ReportInputs.Load());
            context.SetupError = e.Message;
            return context;
        }
    }

    /// <summary>Hands the context to every test below <paramref name="suite"/>.</summary>
    public void AttachTo(ITest suite)
    {
        ArgumentNullException.ThrowIfNull(suite);
        suite.Properties.Set(PropertyName, this);
    }

    /// <summary>The context handed to <paramref name="test"/> or to a suite above it; null when none was.</summary>
    public static RunContext? Of(ITest? test)
    {
        for (; test is not null; test = test.Parent)
        {
            if (test.Properties.Get(PropertyName) is RunContext context)
            {
                return context;
            }
        }

        return null;
    }

    /// <summary>
    /// Resolves the target (starting the embedded gateway when none is configured) and runs the preflight. Returns
    /// false, with <see cref="SetupError"/> saying how to fix it, when the run cannot start.
    /// </summary>
    public async Task<bool> StartAsync()
    {
        if (SetupError is not null)
        {
            return false;
        }

        try
        {
            _target = await GatewayTarget.ResolveAsync(Settings, Time);
            Announce($"Target: {_target.BaseUri} ({_target.Fingerprint.EmbeddedDescription ?? "real gateway"})");
            Announce($"Profile {Settings.Profile}, edition {Settings.Edition}, seed {Settings.Seed}, "
                + $"agents {string.Join(",", _target.Agents.All.Select(a => a.Id))}, TLS {_target.Trust.Description}");
            await Preflight.RunAsync(_target);
            return true;
        }
        catch (Exception e) when (e is SettingsException or PreflightException)
        {
            SetupError = e.Message;
        }

        return false;
    }

    /// <summary>Builds the model of the run from the results so far, summarises it, and writes the reports.</summary>
    public RunResult Finish(DateTimeOffset started)
    {
        var run = new RunResult
        {
            SuiteVersion = SuiteVersion,
            RequirementSetVersion = Catalogue.Version,
            Started = started,
            Finished = Time.GetUtcNow(),
            Profile = Settings.Profile.ToString().ToLowerInvariant(),
            Edition = Settings.Edition,
            Seed = Settings.Seed,
            Target = _target?.Fingerprint,
            SetupError = SetupError,
            OnlyAreas = OnlyAreas,
            Included = [.. Settings.Include.Order(StringComparer.Ordinal)],
            Interrupted = InterruptedBy,
            CallsNotTested = Settings.EffectiveCalls is null
                && (OnlyAreas.Count == 0 || OnlyAreas.Contains(VerdictRules.CallArea, StringComparer.OrdinalIgnoreCase)),
            Baseline = Settings.Baseline,
            SigningKeyFingerprint = Settings.PackageFile is null ? null : Settings.SigningKey?.Fingerprint,
            Checks = Results.Snapshot(),
        }.Summarised(Catalogue);
        run = run with { Coverage = RunCoverage.Of(run, Catalogue, PublishedTables.Load(), UncheckedTopic.Load()) };
        if (run.Target is { } target)
        {
            Announce($"AUTHMODE: declared {target.AuthModeDeclared ?? "auto"}; observed {target.AuthModeObserved}");
        }

        Reports = ReportWriter.WriteAll(run, Inputs, ReportsDirectory(Settings));
        Run = run;
        Announce($"Verdict: {run.Summary.Wording}. Reports: {string.Join(", ", Reports)}");
        if (Settings.PackageFile is { } package)
        {
            // The options are redacted as the exchanges were: by the target's redactor, which knows every secret of the run.
            Func<string, string> redact = _target is null ? Redactor.RedactUnregistered : _target.Redactor.Redact;
            try
            {
                CertificationPackage.Write(package, run, Reports, new PackageInputs(Settings, OnlyAreas, redact));
                Announce($"Certification package: {package}, "
                    + (run.SigningKeyFingerprint is { } key ? $"signed with key {key}" : "UNSIGNED (no --signing-key)"));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                PackageError = $"The certification package {package} could not be written: {e.Message}";
                Announce(PackageError);
            }
        }
        return run;
    }

    public void Announce(string line) => Announced?.Invoke(line);

    /// <summary>
    /// Interrupts the run for <paramref name="reason"/>: see <see cref="Interruption"/>. Only the first call counts; it
    /// returns whether this call was it.
    /// </summary>
    public bool Interrupt(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        if (Interlocked.CompareExchange(ref _interruptedBy, reason, null) is not null)
        {
            return false;
        }

        Announce($"Interrupted ({reason}): stopping the checks, releasing their calls and signing their agents out.");
        _interruption.Cancel();
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        if (_target is not null)
        {
            await _target.DisposeAsync();
        }

        _interruption.Dispose();
    }

    public override string ToString() => $"run against {_target?.BaseUri.ToString() ?? Settings.Target?.ToString() ?? "the embedded gateway"}";

    /// <summary>A relative reports folder is taken from the repository root when the suite runs inside one.</summary>
    public static string ReportsDirectory(SuiteSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
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
