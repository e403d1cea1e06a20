using AgentGateway.Conformance.Configuration;
using AgentGateway.Conformance.FaultMatrix;
using AgentGateway.Conformance.Harness;
using AgentGateway.Conformance.Reports;
using AgentGateway.Conformance.Requirements;

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

    /// <summary>Options → settings → the run → its results and reports → the exit code.</summary>
    private static int Run(CommandLine options, RequirementCatalogue catalogue)
    {
        try
        {
            // An option wins over the variable of the same name; the process environment itself is left as it is.
            var settings = SettingsLoader.Load(name => options.Variables.TryGetValue(name, out var value) ? value : Environment.GetEnvironmentVariable(name));
            var context = new RunContext(settings, new ReportInputs(catalogue, FaultMatrixData.Load()), options.Areas);
            var runner = new SuiteRunner(options.Areas, WorkersFor(settings));
            var progress = new ConsoleProgress(Console.Out, runner.PlannedChecks());
            context.Announced += progress.Line;
            context.Results.Added += progress.CheckFinished;
            using var interruption = new SignalInterruption(context, Console.Out);
            var run = runner.Run(context);
            progress.Summary(run, context.Reports);
            // A package asked for and not written is a setup the certifier cannot use, whatever the verdict.
            return context.PackageError is null ? ExitCodes.Of(run) : ExitCodes.ConfigurationOrPreflight;
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

    /// <summary>One worker per agent a fixture may need at most, so parallel fixtures do not queue for agents.</summary>
    private static int WorkersFor(SuiteSettings settings)
    {
        var agents = settings.Target is null ? settings.Embedded.AgentCount : settings.Agents.Count;
        return Math.Clamp(agents / 2, 1, 8);
    }
}
