using System.Globalization;
using AgentGateway.Conformance.Comparison;
using AgentGateway.Reference;

namespace AgentGateway.Conformance.Cli;

/// <summary>
/// <c>run.sh compare BEFORE AFTER</c>: reads two earlier runs, compares them and writes <c>comparison.html</c>,
/// <c>comparison.md</c> and <c>comparison.json</c>; the exit code says whether any check regressed.
/// </summary>
public sealed record CompareCommand
{
    public const string Name = "compare";

    public required string Before { get; init; }
    public required string After { get; init; }

    /// <summary>Where the comparison's files go; relative paths are taken from the current directory.</summary>
    public string Reports { get; init; } = "reports";

    public LatencyThresholds Thresholds { get; init; } = new();

    /// <summary>The largest results.json read (<c>--max-input</c>).</summary>
    public long MaxInputBytes { get; init; } = ResultsInput.DefaultMaxBytes;

    public bool Help { get; init; }

    /// <summary>Parses the arguments after <c>compare</c>; throws <see cref="ArgumentException"/> with a message for the user.</summary>
    public static CompareCommand Parse(IReadOnlyList<string> args, string? reportsVariable)
    {
        ArgumentNullException.ThrowIfNull(args);
        var sides = new List<string>();
        var reports = string.IsNullOrEmpty(reportsVariable) ? "reports" : reportsVariable;
        var thresholds = new LatencyThresholds();
        var maxInput = ResultsInput.DefaultMaxBytes;
        for (var i = 0; i < args.Count; i++)
        {
            var eq = args[i].StartsWith("--", StringComparison.Ordinal) ? args[i].IndexOf('=', StringComparison.Ordinal) : -1;
            var (name, inline) = eq > 0 ? (args[i][..eq], args[i][(eq + 1)..]) : (args[i], null);
            switch (name)
            {
                case "-h" or "--help":
                    return new CompareCommand { Before = "", After = "", Help = true };
                case "--reports":
                    reports = Value(args, ref i, name, inline);
                    break;
                case "--latency-ratio":
                    var ratio = Value(args, ref i, name, inline);
                    thresholds = thresholds with
                    {
                        Ratio = double.TryParse(ratio, NumberStyles.Float, CultureInfo.InvariantCulture, out var r)
                            && r >= 1 && double.IsFinite(r)
                            ? r
                            : throw new ArgumentException($"--latency-ratio needs a number of at least 1, not '{ratio}'."),
                    };
                    break;
                case "--latency-floor":
                    var floor = Value(args, ref i, name, inline);
                    thresholds = thresholds with { FloorMilliseconds = Floor(floor) };
                    break;
                case "--max-input":
                    var bytes = Value(args, ref i, name, inline);
                    maxInput = long.TryParse(bytes, NumberStyles.None, CultureInfo.InvariantCulture, out var b) && b > 0
                        ? b
                        : throw new ArgumentException($"--max-input needs a positive number of bytes, not '{bytes}'.");
                    break;
                default:
                    if (name.StartsWith('-'))
                    {
                        throw new ArgumentException($"Unknown option '{args[i]}' of compare. {CommandName.Current} compare --help lists the options.");
                    }

                    sides.Add(args[i]);
                    break;
            }
        }

        if (sides.Count != 2)
        {
            throw new ArgumentException(
                $"compare needs two runs, BEFORE and AFTER (each a results.json or a reports folder), not {sides.Count}. "
                + $"{CommandName.Current} compare --help lists the options.");
        }

        return new CompareCommand
        {
            Before = sides[0], After = sides[1], Reports = reports, Thresholds = thresholds, MaxInputBytes = maxInput,
        };
    }

    /// <summary>The text of <c>compare --help</c>.</summary>
    public static string HelpText() => string.Join(Environment.NewLine,
        $"Usage: {CommandName.Current} compare BEFORE AFTER [options]",
        "",
        "Compares two earlier runs of the suite, each a results.json or a reports folder holding one, and writes",
        "comparison.html, comparison.md and comparison.json: both verdicts and fingerprints, each check's change",
        "(regression, fix, still failing, unchanged, changed, flaky, added, removed), fields of each kind of response",
        "whose type, presence or values drifted, and the latency per kind of exchange.",
        "",
        "  --reports DIR            where the comparison goes (default reports) [AGW_REPORTS]",
        string.Create(CultureInfo.InvariantCulture,
            $"  --latency-ratio R        flag a median or p95 that grew more than R times (default {LatencyThresholds.DefaultRatio})"),
        string.Create(CultureInfo.InvariantCulture,
            $"  --latency-floor TIME     ... and by more than TIME, so noise on fast exchanges is not flagged "
            + $"(default {LatencyThresholds.DefaultFloorMilliseconds}ms)"),
        string.Create(CultureInfo.InvariantCulture,
            $"  --max-input BYTES        the largest results.json read (default {ResultsInput.DefaultMaxBytes})"),
        "",
        "TIME is " + Durations.Forms + ".",
        "Exit codes: 0 no regression, 1 at least one check regressed (PASS to FAIL, WARN or ERROR, or WARN to FAIL;",
        "a flaky check never counts), 2 bad options or input (a side missing, too large, or no results.json of this suite).");

    /// <summary>Reads both sides, compares them, writes the three files and returns the exit code.</summary>
    public int Run(TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        RunComparison comparison;
        try
        {
            var before = RunSide.Of(Before, [ResultsInput.Read(Before, MaxInputBytes)]);
            var after = RunSide.Of(After, [ResultsInput.Read(After, MaxInputBytes)]);
            comparison = RunComparison.Of(before, after, Thresholds);
        }
        catch (ComparisonInputException e)
        {
            error.WriteLine($"Cannot compare: {e.Message}");
            return CompareExitCodes.BadInput;
        }

        Directory.CreateDirectory(Reports);
        Write(ComparisonHtmlWriter.FileName, writer => ComparisonHtmlWriter.Write(comparison, writer));
        Write(ComparisonMarkdownWriter.FileName, writer => ComparisonMarkdownWriter.Write(comparison, writer));
        Write(ComparisonJsonWriter.FileName, writer => ComparisonJsonWriter.Write(comparison, writer));
        foreach (var warning in comparison.Warnings)
        {
            output.WriteLine($"Warning: {warning}");
        }

        output.WriteLine(string.Join(", ", Enum.GetValues<CheckChange>().Select(c => $"{c.Label()}: {comparison.Counts[c]}")));
        output.WriteLine($"{comparison.Drift.Count} field drift(s), {comparison.Latency.Count(l => l.Grew)} latency growth(s)");
        output.WriteLine(comparison.HasRegressions ? "Result: REGRESSIONS" : "Result: no regression");
        return comparison.HasRegressions ? CompareExitCodes.Regressions : CompareExitCodes.NoRegression;

        void Write(string fileName, Action<TextWriter> write)
        {
            var path = Path.Combine(Reports, fileName);
            using (var writer = new StreamWriter(path))
            {
                write(writer);
            }

            output.WriteLine($"Report: {Path.GetFullPath(path)}");
        }
    }

    private static double Floor(string text)
    {
        try
        {
            return Durations.Parse(text).TotalMilliseconds;
        }
        catch (FormatException e)
        {
            throw new ArgumentException($"--latency-floor: {e.Message}", e);
        }
    }

    private static string Value(IReadOnlyList<string> args, ref int i, string name, string? inline)
    {
        if (inline is not null)
        {
            return inline;
        }

        if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            throw new ArgumentException($"Option {name} of compare needs a value. {CommandName.Current} compare --help lists the options.");
        }

        return args[++i];
    }
}
