using AgentGateway.Conformance.Configuration;
using AgentGateway.Conformance.FaultMatrix;
using AgentGateway.Conformance.Harness;
using AgentGateway.Conformance.Reports;
using AgentGateway.Conformance.Requirements;
using AgentGateway.Conformance.Results;

namespace AgentGateway.Conformance.Cli;

/// <summary>
/// The console entry point behind <c>run.sh</c>: parses the options, runs the suite in-process, prints progress and
/// a summary, and exits with the verdict's code. <c>dotnet test</c> runs the same fixtures without it.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length > 0 && args[0] == CompareCommand.Name)
        {
            return Compare(args[1..]);
        }

        if (args.Length > 0 && args[0] == VerifyCommand.Name)
        {
            return VerifyCommand.Run(args[1..], Console.Out, Console.Error);
        }

        if (args.Length > 0 && args[0] == BaselineCommand.Name)
        {
            return BaselineCommand.Run(args[1..], RequirementCatalogue.Load(), Console.Out, Console.Error);
        }

        CommandLine options;
        try
        {
            options = CommandLine.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return ExitCodes.ConfigurationOrPreflight;
        }

        var catalogue = RequirementCatalogue.Load();
        var areas = catalogue.Areas.Select(a => a.Name).ToList();
        if (options.Help)
        {
            Console.WriteLine(CommandLine.HelpText(areas, Reference.GatewayFaults.All.Select(f => f.Name),
                Reference.GatewayVariations.All.Select(v => v.Name), Reference.GatewayHostilities.All.Select(h => h.Name)));
            return ExitCodes.Conformant;
        }

        if (options.Areas.FirstOrDefault(a => !areas.Contains(a, StringComparer.Ordinal)) is { } unknown)
        {
            Console.Error.WriteLine($"Unknown area '{unknown}' in --only; the areas are: {string.Join(", ", areas)}.");
            return ExitCodes.ConfigurationOrPreflight;
        }

        return Run(options, catalogue);
    }

    /// <summary>Options → settings → the run (or its rounds) → its results and reports → the exit code.</summary>
    private static int Run(CommandLine options, RequirementCatalogue catalogue)
    {
        try
        {
            // An option wins over the variable of the same name; the process environment itself is left as it is.
            var settings = SettingsLoader.Load(name => options.Variables.TryGetValue(name, out var value) ? value : Environment.GetEnvironmentVariable(name));
            var inputs = new ReportInputs(catalogue, FaultMatrixData.Load());
            if (options.Repeat == 1)
            {
                var (run, packageError) = RunOnce(options, settings, inputs, CheckOrder.EarlierRun(RunContext.ReportsDirectory(settings)));
                // A package asked for and not written is a setup the certifier cannot use, whatever the verdict.
                return packageError is null ? ExitCodes.Of(run) : ExitCodes.ConfigurationOrPreflight;
            }

            if (settings.PackageFile is not null)
            {
                Console.Error.WriteLine("Configuration error: a certification package (--package) is of one run; --repeat makes several.");
                return ExitCodes.ConfigurationOrPreflight;
            }

            var reports = RunContext.ReportsDirectory(settings);
            var rounds = new List<RunResult>();
            for (var round = 1; round <= options.Repeat; round++)
            {
                Console.WriteLine($"Round {round} of {options.Repeat}");
                var earlier = rounds.Count > 0 ? rounds[^1] : CheckOrder.EarlierRun(reports);
                var (run, _) = RunOnce(options, settings with { ReportsDirectory = Path.Combine(reports, RepeatedRun.FolderOf(round)) }, inputs, earlier);
                rounds.Add(run);
                if (run.SetupError is not null || run.Interrupted is not null)
                {
                    break;
                }
            }

            var combined = RepeatedRun.Combine(rounds, catalogue);
            var progress = new ConsoleProgress(Console.Out, new Dictionary<string, int>());
            Console.WriteLine();
            Console.WriteLine($"All {rounds.Count} rounds:");
            progress.Flaky(combined);
            progress.Summary(combined, ReportWriter.WriteAll(combined, inputs, reports));
            return ExitCodes.Of(combined);
        }
        catch (SettingsException e)
        {
            Console.Error.WriteLine($"Configuration error: {e.Message}");
            return ExitCodes.ConfigurationOrPreflight;
        }
#pragma warning disable CA1031 // Anything else is the suite's own failure, and must say so with its exit code.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Console.Error.WriteLine($"Suite error: {e}");
            return ExitCodes.SuiteError;
        }
    }

    /// <summary>
    /// One run of the suite with <paramref name="settings"/>, its progress printed, its reports (and package) written; with
    /// why the package asked for could not be written.
    /// </summary>
    private static (RunResult Run, string? PackageError) RunOnce(CommandLine options, SuiteSettings settings, ReportInputs inputs, RunResult? earlier)
    {
        var context = new RunContext(settings, inputs, options.Areas);
        var runner = new SuiteRunner(options.Areas, WorkersFor(settings), earlier);
        var progress = new ConsoleProgress(Console.Out, runner.PlannedChecks());
        context.Announced += progress.Line;
        context.Results.Added += progress.CheckFinished;
        using var interruption = new SignalInterruption(context, Console.Out);
        var run = runner.Run(context);
        progress.Summary(run, context.Reports);
        return (run, context.PackageError);
    }

    /// <summary><c>run.sh compare BEFORE AFTER</c>: compares two earlier runs; exits with <see cref="CompareExitCodes"/>.</summary>
    private static int Compare(string[] args)
    {
        CompareCommand command;
        try
        {
            command = CompareCommand.Parse(args, Environment.GetEnvironmentVariable("AGW_REPORTS"));
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return CompareExitCodes.BadInput;
        }

        if (command.Help)
        {
            Console.WriteLine(CompareCommand.HelpText());
            return CompareExitCodes.NoRegression;
        }

        return command.Run(Console.Out, Console.Error);
    }

    /// <summary>
    /// One worker per agent, as every check needs one at least, so more workers would only wait for agents; or fewer,
    /// as <c>--parallel</c> says.
    /// </summary>
    private static int WorkersFor(SuiteSettings settings)
    {
        var agents = settings.Target is null ? settings.Embedded.AgentCount : settings.Agents.Count;
        return settings.Parallel ?? Math.Clamp(agents, 1, 64);
    }
}
