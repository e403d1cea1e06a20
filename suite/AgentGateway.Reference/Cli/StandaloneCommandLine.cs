using System.Globalization;

namespace AgentGateway.Reference.Cli;

/// <summary>A command-line mistake: the program prints the message and exits with code 2.</summary>
internal sealed class CommandLineException(string message) : Exception(message);

/// <summary>What the standalone command line asked for.</summary>
internal sealed class StandaloneArguments
{
    /// <summary>The gateway's options; standalone, the control endpoint is off unless --control-endpoint asks for it.</summary>
    public ReferenceGatewayOptions Gateway { get; } = new() { Port = 8043, ControlEndpoint = false };

    public bool Help { get; set; }

    public bool ListFaults { get; set; }

    public bool ListVariations { get; set; }

    public bool ListHostile { get; set; }

    public string? ExportCertificate { get; set; }

    public string? CertificatePath { get; set; }

    public string? KeyPath { get; set; }

    public string? CertificatePassword { get; set; }
}

/// <summary>Parses the standalone command line; every error is a <see cref="CommandLineException"/> naming the option.</summary>
internal static partial class StandaloneCommandLine
{
    public static StandaloneArguments Parse(IReadOnlyList<string> args)
    {
        var parsed = new StandaloneArguments();
        var gateway = parsed.Gateway;
        for (var i = 0; i < args.Count; i++)
        {
            var (option, inline) = Split(args[i]);
            string Value() => inline ?? (i + 1 < args.Count ? args[++i] : throw new CommandLineException($"{option} needs a value."));
            if (inline is not null && option is "--help" or "--list-faults" or "--list-variations" or "--list-hostile")
            {
                throw new CommandLineException($"{option} takes no value.");
            }

            switch (option)
            {
                case "--help" or "-h" or "-?":
                    parsed.Help = true;
                    break;
                case "--list-faults":
                    parsed.ListFaults = true;
                    break;
                case "--list-variations":
                    parsed.ListVariations = true;
                    break;
                case "--list-hostile":
                    parsed.ListHostile = true;
                    break;
                case "--urls":
                    ApplyUrl(gateway, Value());
                    break;
                case "--authmode":
                    gateway.AuthMode = Value() switch
                    {
                        "1" => 1,
                        "2" => 2,
                        var other => throw new CommandLineException($"--authmode must be 1 or 2, not '{other}'."),
                    };
                    break;
                case "--guid-interval":
                    gateway.GuidInterval = Duration(option, Value());
                    break;
                case "--guid-timeout":
                    gateway.GuidTimeout = Duration(option, Value());
                    break;
                case "--long-poll":
                    gateway.LongPollWait = Duration(option, Value());
                    break;
                case "--session-timeout":
                    gateway.SessionTimeout = Duration(option, Value());
                    break;
                case "--edition":
                    gateway.Edition = Value() is var edition && edition is "default" or "2025"
                        ? edition
                        : throw new CommandLineException("--edition must be default or 2025.");
                    break;
                case "--node-index":
                    gateway.NodeIndex = int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var node)
                        ? node
                        : throw new CommandLineException("--node-index must be a non-negative number.");
                    break;
                case "--fault":
                    var faults = Names(args, ref i, inline);
                    gateway.Faults.UnionWith(Listed(option, GatewayFaults.ParseList, faults, "fault", "--list-faults"));
                    break;
                case "--variation":
                    var variations = Names(args, ref i, inline);
                    gateway.Variations.UnionWith(Listed(option, GatewayVariations.ParseList, variations, "variation", "--list-variations"));
                    break;
                case "--event-delay":
                    gateway.EventDelay = Duration(option, Value());
                    break;
                case "--latency":
                    var latency = Value();
                    try
                    {
                        gateway.Latency = AnswerLatency.Parse(latency);
                    }
                    catch (FormatException e)
                    {
                        throw new CommandLineException($"{option}: {e.Message}");
                    }

                    break;
                case "--hostile":
                    var mode = Value();
                    gateway.Hostile = gateway.Hostile is null
                        ? Parsed(option, GatewayHostilities.Parse, mode)
                        : throw new CommandLineException("--hostile takes one mode, given once (see --list-hostile).");
                    break;
                case "--redirect-to":
                    var redirect = Value();
                    gateway.RedirectTo = Uri.TryCreate(redirect, UriKind.Absolute, out var target) && target.Scheme is "http" or "https"
                        ? target
                        : throw new CommandLineException($"--redirect-to takes an http or https URL, not '{redirect}'.");
                    break;
                case "--drip-interval":
                    gateway.DripInterval = Duration(option, Value());
                    break;
                case "--agents":
                    ApplyAgents(gateway, Value());
                    break;
                case "--far-end":
                    ApplyFarEnds(gateway, Value());
                    break;
                case "--ring-timeout":
                    gateway.RingTimeout = Duration(option, Value());
                    break;
                case "--wrap-up":
                    gateway.WrapUpDuration = Duration(option, Value());
                    break;
                case "--control-endpoint":
                    gateway.ControlEndpoint = true;
                    break;
                case "--cert":
                    parsed.CertificatePath = Value();
                    break;
                case "--key":
                    parsed.KeyPath = Value();
                    break;
                case "--cert-password":
                    parsed.CertificatePassword = Value();
                    break;
                case "--export-cert":
                    parsed.ExportCertificate = Value();
                    break;
                default:
                    throw new CommandLineException($"Unknown option '{option}'. Use --help to see the options.");
            }
        }

        if (gateway.Hostile == GatewayHostility.Redirect && gateway.RedirectTo is null)
        {
            throw new CommandLineException("--hostile redirect needs --redirect-to URL, the address the redirects point at.");
        }

        try
        {
            gateway.Validate();
        }
        catch (ArgumentException invalid)
        {
            throw new CommandLineException(invalid.Message);
        }

        return parsed;
    }

    /// <summary>A duration as <see cref="Durations"/> reads it; a mistake names the option.</summary>
    private static TimeSpan Duration(string option, string text)
    {
        try
        {
            return Durations.Parse(text);
        }
        catch (FormatException wrong)
        {
            throw new CommandLineException($"{option}: {wrong.Message}");
        }
    }

    /// <summary>The names given to a list option: its inline value, if any, and the words that follow it.</summary>
    private static List<string> Names(IReadOnlyList<string> args, ref int i, string? inline)
    {
        var words = NameLists.WordsAfter(args, i);
        i += words.Count;
        return inline is null ? [.. words] : [inline, .. words];
    }

    /// <summary>The names read by <paramref name="parse"/>; at least one, and a mistake names the option.</summary>
    private static IReadOnlyList<T> Listed<T>(
        string option, Func<IEnumerable<string>, IReadOnlyList<T>> parse, List<string> names, string kind, string list)
    {
        var parsed = Parsed(option, parse, names);
        return parsed.Count > 0 ? parsed : throw new CommandLineException($"{option} needs at least one {kind} name (see {list}).");
    }

    /// <summary>What <paramref name="parse"/> reads from <paramref name="text"/>; an unknown name is a mistake naming the option.</summary>
    private static T Parsed<TText, T>(string option, Func<TText, T> parse, TText text)
    {
        try
        {
            return parse(text);
        }
        catch (ArgumentException unknown)
        {
            throw new CommandLineException($"{option}: {unknown.Message}");
        }
    }

    /// <summary>An option and its inline value: <c>--fault=clock-skew</c> is <c>--fault</c> with <c>clock-skew</c>.</summary>
    private static (string Option, string? Inline) Split(string arg)
    {
        var eq = arg.IndexOf('=', StringComparison.Ordinal);
        return arg.StartsWith("--", StringComparison.Ordinal) && eq > 0 ? (arg[..eq], arg[(eq + 1)..]) : (arg, null);
    }

    private static void ApplyUrl(ReferenceGatewayOptions gateway, string text)
    {
        var first = text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        if (!Uri.TryCreate(first.Replace("://*:", "://0.0.0.0:", StringComparison.Ordinal), UriKind.Absolute, out var url)
            || url.Scheme != Uri.UriSchemeHttps)
        {
            throw new CommandLineException($"--urls takes an https URL such as https://127.0.0.1:8043, not '{text}'.");
        }

        gateway.ListenHost = url.Host.Trim('[', ']');
        gateway.Port = url.Port;
    }

    private static void ApplyAgents(ReferenceGatewayOptions gateway, string text)
    {
        foreach (var entry in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = entry.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new CommandLineException($"--agents takes ID:PASSWORD pairs separated by commas, not '{entry}'.");
            }

            gateway.AgentPasswords[entry[..colon]] = entry[(colon + 1)..];
        }
    }
}
