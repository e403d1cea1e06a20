using System.Globalization;
using AgentGateway.Reference;

namespace AgentGateway.Conformance.Cli;

/// <summary>
/// The options of <c>run.sh</c>. Each setting option becomes the AGW_* variable of the same meaning, so flags,
/// environment and configuration file share one loader and flags win over both.
/// </summary>
public sealed record CommandLine
{
    /// <summary>Setting options and the variable each one sets; a null variable marks a switch (no value).</summary>
    private static readonly Dictionary<string, (string Variable, string Help)> SettingOptions = new(StringComparer.Ordinal)
    {
        ["--target"] = ("AGW_TARGET", "URL     base URL of the gateway, e.g. https://host:8043 (default: the embedded reference gateway)"),
        ["--agents"] = ("AGW_AGENTS", "LIST    test agents as ID[:PASSWORD[:PHONE]],... (at least 2; more run checks in parallel)"),
        ["--password"] = ("AGW_PASSWORD", "PW      password of the agents listed without one"),
        ["--ca-cert"] = ("AGW_CA_CERT", "FILE    PEM file of the CA (or the server certificate) to trust"),
        ["--config"] = ("AGW_CONFIG", "FILE    JSON configuration file (see fixtures/targets/example.json)"),
        ["--profile"] = ("AGW_PROFILE", "NAME    compatible (default) or strict"),
        ["--edition"] = ("AGW_EDITION", "NAME    default (agent IDs 101..59999) or 2025 (101..999999)"),
        ["--reports"] = ("AGW_REPORTS", "DIR     where results.json, junit.xml and conformance.html go (default reports)"),
        ["--baseline"] = ("AGW_BASELINE", "FILE    accepted deviations: waivers with a reason, an owner and an expiry (see baseline write)"),
        ["--package"] = ("AGW_PACKAGE",
            "FILE    also write a certification package: the reports and a signed manifest in one zip (not with --baseline)"),
        ["--signing-key"] = ("AGW_SIGNING_KEY", "FILE    PEM ECDSA P-256 private key that signs the package (without it: unsigned)"),
        ["--seed"] = ("AGW_SEED", "N       seed of the generated test data; a report's seed replays its run"),
        ["--clock-skew"] = ("AGW_CLOCK_SKEW", "TIME    tolerated difference of the gateway's clock (default 5m)"),
        ["--request-timeout"] = ("AGW_REQUEST_TIMEOUT", "TIME    budget of one request (default 20s)"),
        ["--long-poll-budget"] = ("AGW_LONG_POLL_BUDGET", "TIME    budget of one event poll (default 15s)"),
        ["--rotation-budget"] = ("AGW_ROTATION_BUDGET", "TIME    how long to wait for the Guid to rotate (default 75s, or GUIDINTERVAL + 15s)"),
        ["--settle-time"] = ("AGW_SETTLE_TIME", "TIME    how long an event may take to reach the queue (default 1s)"),
        ["--authmode"] = ("AGW_AUTHMODE", "1|2|auto the target's AUTHMODE: 1 skips the rotation checks (default auto)"),
        ["--guid-interval"] = ("AGW_GUID_INTERVAL", "TIME    the target's GUIDINTERVAL (AUTHMODE 2; embedded default 2s)"),
        ["--session-timeout"] = ("AGW_SESSION_TIMEOUT", "TIME    the target's MAXTIME, which the slow checks wait out (default 120s)"),
        ["--include"] = ("AGW_INCLUDE", "GROUPS  opt-in groups of checks to run as well, comma-separated: slow (off by default)"),
        ["--calls"] = ("AGW_CALLS",
            "IDS     CALLER,CALLEE[,NUMBER]: agents that call each other and an outbound test number (real target: no calls without it)"),
        ["--inbound-trigger"] = ("AGW_INBOUND_TRIGGER",
            "PATH    same-origin path that places an inbound call as the reference control endpoint does (real target: off)"),
        ["--parallel"] = ("AGW_PARALLEL", "N       at most N checks at once (default: one per agent)"),
        ["--max-response"] = ("AGW_MAX_RESPONSE", "BYTES   answers with a longer body are cut off, recorded too large (default 1048576)"),
        ["--long-poll"] = ("AGW_EMBEDDED_LONG_POLL", "TIME    embedded gateway: how long an empty poll is held (default 10s)"),
        ["--embedded-agents"] = ("AGW_EMBEDDED_AGENTS", "N       embedded gateway: number of test agents (default 8)"),
        ["--fault"] = ("AGW_EMBEDDED_FAULTS",
            "NAMES   embedded gateway: fault modes to switch on (names or comma lists; repeatable)"),
        ["--variation"] = ("AGW_EMBEDDED_VARIATIONS",
            "NAMES   embedded gateway: conformant variations to switch on (names or comma lists; repeatable)"),
        ["--hostile"] = ("AGW_EMBEDDED_HOSTILE", "NAME    embedded gateway: hostile mode of every POST syncagentinfo (off by default)"),
        ["--event-delay"] = ("AGW_EMBEDDED_EVENT_DELAY", "TIME    embedded gateway: event delay of events-delayed (default 300ms)"),
        ["--latency"] = ("AGW_EMBEDDED_LATENCY", "TIME    embedded gateway: wait before each answer, or MIN-MAX drawn per answer (default none)"),
        ["--redirect-to"] = ("AGW_EMBEDDED_REDIRECT_TO", "URL     embedded gateway: where the hostile mode redirect points"),
        ["--drip-interval"] = ("AGW_EMBEDDED_DRIP_INTERVAL", "TIME    embedded gateway: byte interval of hostile mode drip (default 2s)"),
    };

    /// <summary>
    /// Variables of options that take names, as separate words, comma lists or both, and may be given more than once;
    /// their values add up to one comma-separated list.
    /// </summary>
    private static readonly HashSet<string> ListVariables = new(StringComparer.Ordinal)
    {
        "AGW_EMBEDDED_FAULTS",
        "AGW_EMBEDDED_VARIATIONS",
    };

    /// <summary>Options naming a file or folder; a relative one is taken from the directory run.sh was called in.</summary>
    private static readonly HashSet<string> PathVariables = new(StringComparer.Ordinal) 
    {
        "AGW_CA_CERT", "AGW_CONFIG", "AGW_REPORTS", "AGW_BASELINE", "AGW_PACKAGE", "AGW_SIGNING_KEY",
    };

    public IReadOnlyDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>();

    /// <summary>Requirement areas to run (<c>--only</c>); empty runs them all.</summary>
    public IReadOnlyList<string> Areas { get; init; } = [];

    /// <summary>How many rounds of the same run to make (<c>--repeat</c>); 1 runs the suite once.</summary>
    public int Repeat { get; init; } = 1;

    /// <summary>The most rounds <c>--repeat</c> takes.</summary>
    public const int MaxRepeat = 100;

    public bool Help { get; init; }

    /// <summary>Parses the arguments; throws <see cref="ArgumentException"/> with a message for the user.</summary>
    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        var areas = new List<string>();
        var help = false;
        var repeat = 1;
        for (var i = 0; i < args.Count; i++)
        {
            var (name, inline) = Split(args[i]);
            switch (name)
            {
                case "-h" or "--help":
                    help = true;
                    break;
                case "--insecure":
                    variables["AGW_INSECURE"] = "true";
                    break;
                case "--only":
                    areas.AddRange(Value(args, ref i, name, inline).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    break;
                case "--repeat":
                    var rounds = Value(args, ref i, name, inline);
                    repeat = int.TryParse(rounds, NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r is >= 1 and <= MaxRepeat
                        ? r
                        : throw new ArgumentException($"--repeat needs a number of rounds from 1 to {MaxRepeat}, not '{rounds}'.");
                    break;
                default:
                    if (!SettingOptions.TryGetValue(name, out var option))
                    {
                        throw new ArgumentException($"Unknown option '{args[i]}'. {CommandName.Current} --help lists the options.");
                    }

                    var addsUp = ListVariables.Contains(option.Variable);
                    var value = addsUp ? Names(args, ref i, name, inline) : Value(args, ref i, name, inline);
                    if (PathVariables.Contains(option.Variable))
                    {
                        value = Path.GetFullPath(value);
                    }

                    variables[option.Variable] = addsUp && variables.TryGetValue(option.Variable, out var earlier)
                        ? $"{earlier},{value}"
                        : value;
                    break;
            }
        }

        return new CommandLine { Variables = variables, Areas = areas, Help = help, Repeat = repeat };
    }

    /// <summary>The text of <c>--help</c>.</summary>
    public static string HelpText(
        IEnumerable<string> areas, IEnumerable<string> faults, IEnumerable<string>? variations = null, IEnumerable<string>? hostile = null)
    {
        var lines = new List<string>
        {
            $"Usage: {CommandName.Current} [options]",
            $"       {CommandName.Current} compare BEFORE AFTER [options]   compare two runs ({CommandName.Current} compare --help)",
            $"       {CommandName.Current} verify PACKAGE [--public-key FILE]   verify a certification package ({CommandName.Current} verify --help)",
            "",
            "Runs the syncagentinfo conformance suite and writes reports/results.json, junit.xml and conformance.html.",
            "With no --target (and no AGW_TARGET or config file target) it starts the embedded reference gateway.",
            "",
            "Target and run:",
        };
        lines.AddRange(SettingOptions.Where(o => !o.Value.Variable.StartsWith("AGW_EMBEDDED", StringComparison.Ordinal)).Select(Line));
        lines.Add("  --insecure               turn TLS verification off (the report says so in red)");
        lines.Add("  --only AREAS             run only these requirement areas, comma-separated:");
        lines.AddRange(Wrap(areas));
        lines.Add("  --repeat N               run the same run N times (rounds in DIR/round-1...), classify each check");
        lines.Add("                           stable or flaky; a FAIL in only some rounds is undecided (INCOMPLETE)");
        lines.Add("");
        lines.Add("Embedded reference gateway (used when no target is given):");
        lines.AddRange(SettingOptions.Where(o => o.Value.Variable.StartsWith("AGW_EMBEDDED", StringComparison.Ordinal)).Select(Line));
        lines.Add("                           fault names:");
        lines.AddRange(Wrap(faults));
        lines.Add("                           variation names (differences the documents allow):");
        lines.AddRange(Wrap(variations ?? []));
        lines.Add("                           hostile modes (to prove a client survives a hostile gateway):");
        lines.AddRange(Wrap(hostile ?? []));
        lines.Add("");
        lines.Add("Every setting can also come from the configuration file or the environment variable in brackets;");
        lines.Add("options win over the environment, the environment over the file. TIME is " + Durations.Forms + ".");
        lines.Add("A value may also follow an equals sign: --fault=clock-skew.");
        lines.Add("");
        lines.Add("Exit codes: 0 conformant (also \"CONFORMANT, calls not tested\": a real target without --calls;");
        lines.Add("and \"CONFORMANT WITH WAIVERS\": failures that live waivers of --baseline accept), 1 not conformant");
        lines.Add("(also a failure whose waiver expired), 2 configuration or preflight error (a waiver without a reason,");
        lines.Add("an owner or an expiry; --package with --baseline or --repeat; a package that could not be written),");
        lines.Add("3 suite error (an incomplete run: checks that errored or MUST checks that could not be decided, or with");
        lines.Add("--repeat a check that failed in some rounds only).");
        lines.Add("Exit codes of compare: 0 no regression, 1 at least one check regressed, 2 bad options or input.");
        lines.Add("Exit codes of verify: 0 verified, 1 verification failed, 2 bad options or unreadable input, 3 files match but");
        lines.Add("no signature was checked (no --public-key, or an unsigned package).");
        lines.Add("");
        lines.Add($"Usage: {CommandName.Current} baseline write RESULTS [--out FILE]");
        lines.Add("");
        lines.Add("Writes a first baseline (default baseline.json, never over an existing file) with a waiver for each");
        lines.Add("MUST requirement the run of RESULTS (a results.json or its reports folder) failed. Its reason, owner");
        lines.Add("and expiry are left empty for the person who accepts the deviation: a run refuses them empty.");
        return string.Join(Environment.NewLine, lines);

        static string Line(KeyValuePair<string, (string Variable, string Help)> option)
        {
            var split = option.Value.Help.IndexOf(' ', StringComparison.Ordinal);
            var metavar = option.Value.Help[..split];
            var text = option.Value.Help[split..].Trim();
            return string.Create(CultureInfo.InvariantCulture, $"  {option.Key + " " + metavar,-24} {text} [{option.Value.Variable}]");
        }
    }

    private static IEnumerable<string> Wrap(IEnumerable<string> words)
    {
        const string Indent = "                           ";
        var line = Indent;
        foreach (var word in words)
        {
            if (line.Length + word.Length > 110 && line.Length > Indent.Length)
            {
                yield return line.TrimEnd();
                line = Indent;
            }

            line += word + ", ";
        }

        yield return line.TrimEnd(' ', ',');
    }

    private static (string Name, string? Inline) Split(string arg)
    {
        var eq = arg.IndexOf('=', StringComparison.Ordinal);
        return arg.StartsWith("--", StringComparison.Ordinal) && eq > 0 ? (arg[..eq], arg[(eq + 1)..]) : (arg, null);
    }

    /// <summary>The names given to a list option, as one comma list: its inline value, if any, and the words that follow it.</summary>
    private static string Names(IReadOnlyList<string> args, ref int i, string name, string? inline)
    {
        var words = NameLists.WordsAfter(args, i);
        if (inline is null && words.Count == 0)
        {
            throw new ArgumentException($"Option {name} needs a value. {CommandName.Current} --help lists the options.");
        }

        i += words.Count;
        return string.Join(',', inline is null ? words : [inline, .. words]);
    }

    private static string Value(IReadOnlyList<string> args, ref int i, string name, string? inline)
    {
        if (inline is not null)
        {
            return inline;
        }

        if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            throw new ArgumentException($"Option {name} needs a value. {CommandName.Current} --help lists the options.");
        }

        return args[++i];
    }
}
