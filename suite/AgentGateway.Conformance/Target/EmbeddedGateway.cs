using System.Globalization;
using AgentGateway.Conformance.Configuration;
using AgentGateway.Reference;
using Bogus;

namespace AgentGateway.Conformance.Target;

/// <summary>
/// Starts the reference gateway in this process, over HTTPS on 127.0.0.1 and a free port, with its own agents.
/// The checks still reach it only through a real socket.
/// </summary>
internal static class EmbeddedGateway
{
    public const int FirstAgentId = 41001;

    public static async Task<(ReferenceGateway Gateway, IReadOnlyList<AgentCredentials> Agents)> StartAsync(SuiteSettings settings)
    {
        var faker = new Faker { Random = new Randomizer(settings.Seed) };
        var agents = Enumerable.Range(FirstAgentId, settings.Embedded.AgentCount)
            .Select(id => id.ToString(CultureInfo.InvariantCulture))
            .Select(id => new AgentCredentials(id, faker.Internet.Password(12), faker.Random.Replace("7####")))
            .ToList();

        var options = new ReferenceGatewayOptions
        {
            AuthMode = settings.Embedded.AuthMode,
            LongPollWait = settings.Embedded.LongPollWait,
            Edition = settings.Edition,
        };
        if (settings.Embedded.GuidInterval is { } interval)
        {
            options.GuidInterval = interval;
            options.GuidTimeout = interval * 2;
        }

        if (settings.Embedded.SessionTimeout is { } sessionTimeout)
        {
            options.SessionTimeout = sessionTimeout;
        }

        options.Faults.UnionWith(settings.Embedded.Faults);
        foreach (var agent in agents)
        {
            options.AgentPasswords[agent.Id] = agent.Password;
        }

        ApplyVariationsAndHostility(settings.Embedded, options);

        return (await ReferenceGateway.StartAsync(options), agents);
    }

    public static string Describe(SuiteSettings settings)
    {
        var embedded = settings.Embedded;
        var faults = embedded.Faults.Count == 0 ? "no faults" : "faults: " + string.Join(", ", embedded.Faults.Select(f => GatewayFaults.Describe(f).Name));
        var interval = embedded.GuidInterval is { } i ? $", GUIDINTERVAL {i.TotalSeconds:0.###} s" : "";
        var session = embedded.SessionTimeout is { } t ? $", session timeout {t.TotalSeconds:0.###} s" : "";
        return $"embedded reference gateway, AUTHMODE {embedded.AuthMode}{interval}{session}, "
            + $"long poll {embedded.LongPollWait.TotalSeconds:0.###} s, {faults}{DescribeVariationsAndHostility(embedded)}";
    }

    private static void ApplyVariationsAndHostility(EmbeddedGatewaySettings embedded, ReferenceGatewayOptions options)
    {
        options.Variations = embedded.Variations.ToHashSet();
        options.Hostile = embedded.Hostile;
        options.RedirectTo = embedded.RedirectTo;
        options.Latency = embedded.Latency;
        if (embedded.EventDelay is { } delay)
        {
            options.EventDelay = delay;
        }

        if (embedded.DripInterval is { } drip)
        {
            options.DripInterval = drip;
        }
    }

    /// <summary>", variations: ..." and ", hostile mode: ..." for what is switched on; empty when nothing is.</summary>
    private static string DescribeVariationsAndHostility(EmbeddedGatewaySettings embedded)
    {
        var text = "";
        if (embedded.Variations.Count > 0)
        {
            var names = embedded.Variations.Order().Select(v => GatewayVariations.Describe(v).Name);
            text += ", variations: " + string.Join(", ", names);
            if (embedded.Variations.Contains(GatewayVariation.EventsDelayed))
            {
                text += embedded.EventDelay is { } delay ? $" (event delay {delay.TotalSeconds:0.###} s)" : " (event delay 0.3 s)";
            }
        }

        if (embedded.Latency.Any)
        {
            text += $", latency {embedded.Latency} per answer";
        }

        if (embedded.Hostile is { } hostile)
        {
            text += $", hostile mode: {GatewayHostilities.Describe(hostile).Name} (every POST syncagentinfo)";
        }

        return text;
    }
}
