using System.Globalization;

namespace AgentGateway.Benchmarks.GatewayLoad;

/// <summary>How hard and how long <see cref="GatewayLoadBenchmark"/> pushes the reference gateway.</summary>
public sealed record LoadOptions
{
    /// <summary>Agents that each keep one long poll open for the whole run.</summary>
    public int Pollers { get; init; } = 500;

    /// <summary>Agents that sync back to back, one request at a time each.</summary>
    public int Syncers { get; init; } = 16;

    /// <summary>Measurement windows; each yields one throughput and one latency distribution, and the report quotes medians.</summary>
    public int Rounds { get; init; } = 5;

    public TimeSpan Window { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>The gateway's long-poll wait; real gateways hold an empty poll about 10 s.</summary>
    public TimeSpan LongPoll { get; init; } = TimeSpan.FromSeconds(10);

    public const string Usage = """
        gateway-load [--pollers N] [--syncers N] [--rounds N] [--window SECONDS] [--warmup SECONDS]
          Starts the reference gateway in this process, signs in N pollers that each hold a long poll open,
          and has the syncers call syncagentinfo back to back. Reports, per round and as medians, sync requests
          per second and sync latency (p50, p99, max), and how many polls were open throughout.
          --pollers 0 gives the same figures for a gateway with no open poll, to compare.
          Defaults: 500 pollers, 16 syncers, 5 rounds of 5 s after a 15 s warm-up (the JIT settles), long poll 10 s.
        """;

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--pollers" => options with { Pollers = Count(value, args[i], allowZero: true) },
                "--syncers" => options with { Syncers = Count(value, args[i]) },
                "--rounds" => options with { Rounds = Count(value, args[i]) },
                "--window" => options with { Window = TimeSpan.FromSeconds(Count(value, args[i])) },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(Count(value, args[i])) },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'."),
            };
            i++;
        }

        return options;
    }

    private static int Count(string value, string name, bool allowZero = false) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && (n > 0 || allowZero)
            ? n
            : throw new ArgumentException($"{name} needs a {(allowZero ? "" : "positive ")}whole number, not '{value}'.");
}
