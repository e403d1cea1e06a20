using System.Globalization;
using System.Text.RegularExpressions;

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
            var option = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new CommandLineException($"{option} needs a value.");
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
                    gateway.Edition = Value() is "default" or "2025"
                        ? args[i]
                        : throw new CommandLineException("--edition must be default or 2025.");
                    break;
                case "--node-index":
                    gateway.NodeIndex = int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var node)
                        ? node
                        : throw new CommandLineException("--node-index must be a non-negative number.");
                    break;
                case "--fault":
                    var any = false;
                    while (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    {
                        foreach (var name in args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                        {
                            gateway.Faults.Add(Fault(name));
                            any = true;
                        }
                    }

                    if (!any)
                    {
                        throw new CommandLineException("--fault needs at least one fault name (see --list-faults).");
                    }

                    break;
                case "--variation":
                    var named = false;
                    while (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    {
                        foreach (var name in args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                        {
                            gateway.Variations.Add(Named(GatewayVariations.Parse, name));
                            named = true;
                        }
                    }

                    if (!named)
                    {
                        throw new CommandLineException("--variation needs at least one variation name (see --list-variations).");
                    }

                    break;
                case "--event-delay":
                    gateway.EventDelay = Duration(option, Value());
                    break;
                case "--hostile":
                    var mode = Value();
                    gateway.Hostile = gateway.Hostile is null
                        ? Named(GatewayHostilities.Parse, mode)
                        : throw new CommandLineException("--hostile takes one mode, given once (see --list-hostile).");
                    break;
                case "--redirect-to":
                    gateway.RedirectTo = Uri.TryCreate(Value(), UriKind.Absolute, out var target) && target.Scheme is "http" or "https"
                        ? target
                        : throw new CommandLineException($"--redirect-to takes an http or https URL, not '{args[i]}'.");
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

    /// <summary>A duration such as 10s, 500ms, 2m or 1h.</summary>
    public static TimeSpan Duration(string option, string text)
    {
        var match = DurationPattern().Match(text);
        if (!match.Success)
        {
            throw new CommandLineException($"{option} takes a duration such as 10s, 500ms or 2m, not '{text}'.");
        }

        var amount = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        try
        {
            return match.Groups[2].Value switch
            {
                "ms" => TimeSpan.FromMilliseconds(amount),
                "s" => TimeSpan.FromSeconds(amount),
                "m" => TimeSpan.FromMinutes(amount),
                _ => TimeSpan.FromHours(amount),
            };
        }
        catch (OverflowException)
        {
            throw new CommandLineException($"{option} takes a duration such as 10s, 500ms or 2m; '{text}' is far too long.");
        }
    }

    private static T Named<T>(Func<string, T> parse, string name)
    {
        try
        {
            return parse(name);
        }
        catch (ArgumentException unknown)
        {
            throw new CommandLineException(unknown.Message);
        }
    }

    private static GatewayFault Fault(string name)
    {
        try
        {
            return GatewayFaults.Parse(name);
        }
        catch (ArgumentException unknown)
        {
            throw new CommandLineException(unknown.Message);
        }
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

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)(ms|s|m|h)$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();
}
