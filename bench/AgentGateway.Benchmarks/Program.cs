using AgentGateway.Benchmarks.GatewayLoad;
using AgentGateway.Benchmarks.HotPaths;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace AgentGateway.Benchmarks;

/// <summary>
/// The benchmarks, by command. Run in Release:
/// <c>dotnet run -c Release --project bench/AgentGateway.Benchmarks -- &lt;command&gt;</c>.
/// </summary>
internal static class Program
{
    private const string Usage = $"""
        AgentGateway.Benchmarks: benchmarks, not tests. Run in Release:
          dotnet run -c Release --project bench/AgentGateway.Benchmarks -- <command>

        Commands:
          {LoadOptions.Usage}
          hot-paths [--short] [BenchmarkDotNet options]
            BenchmarkDotNet, in process, with allocations: schema validation of one sync response, one recorded
            exchange, rendering the reports of a 500-check run. --filter '*Schema*' picks some; --short is quicker.

        The whole-suite speed benchmark is a script: bench/suite-speed.sh [--check] [ROUNDS].
        """;

    public static async Task<int> Main(string[] args)
    {
        var command = args.Length > 0 ? args[0] : "--help";
        try
        {
            switch (command)
            {
                case "gateway-load":
                    return await new GatewayLoadBenchmark(LoadOptions.Parse(args[1..]), Console.Out).RunAsync();
                case "hot-paths":
                    var config = HotPathConfig.Create(@short: args.Contains("--short"));
                    // Every benchmark unless a --filter picks some; BenchmarkDotNet would otherwise ask at a prompt.
                    string[] options = [.. args.Skip(1).Where(a => a != "--short")];
                    options = options.Contains("--filter") ? options : [.. options, "--filter", "*"];
                    var summaries = BenchmarkSwitcher.FromTypes(HotPathConfig.Benchmarks).Run(options, config);
                    return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
                case "--help" or "-h" or "help":
                    Console.WriteLine(Usage);
                    return 0;
                default:
                    await Console.Error.WriteLineAsync($"Unknown command '{command}'.\n\n{Usage}");
                    return 2;
            }
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync($"{e.Message}\n\n{Usage}");
            return 2;
        }
    }
}
