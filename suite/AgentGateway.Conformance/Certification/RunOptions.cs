using System.Globalization;
using System.Text.Json.Nodes;
using AgentGateway.Conformance.Configuration;
using AgentGateway.Reference;

namespace AgentGateway.Conformance.Certification;

/// <summary>
/// The settings a run used, as a certification package records them: every option that shapes what the checks send and
/// how they judge, and nothing secret. Agents appear by ID and phone number, never with a password; file options by
/// file name, never by path; the signing key only by its fingerprint (in the predicate); URLs without user info. The
/// text then goes through the run's redactor, the one every recorded exchange went through, so a secret the reports
/// hide (an agent's password, a Guid the gateway issued) is hidden here the same way.
/// </summary>
public static class RunOptions
{
    /// <summary>The options of a run with <paramref name="settings"/>, limited to <paramref name="onlyAreas"/>, through <paramref name="redact"/>.</summary>
    public static JsonObject Of(SuiteSettings settings, IReadOnlyList<string> onlyAreas, Func<string, string> redact)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(onlyAreas);
        ArgumentNullException.ThrowIfNull(redact);
        var options = new JsonObject
        {
            ["target"] = settings.Target is { } target ? WithoutUserInfo(target.AbsoluteUri) : null,
            ["agents"] = Texts(settings.Agents.Select(a => a.PhoneNumber == a.Id ? a.Id : a.ToString())),
            ["caCert"] = settings.CaCertificateFile is { } ca ? Path.GetFileName(ca) : null,
            ["insecure"] = settings.Insecure,
            ["profile"] = settings.Profile.ToString().ToLowerInvariant(),
            ["edition"] = settings.Edition,
            ["seed"] = settings.Seed,
            ["only"] = Texts(onlyAreas),
            ["include"] = Texts(settings.Include.Order(StringComparer.Ordinal)),
            ["clockSkew"] = Duration(settings.ClockSkew),
            ["requestTimeout"] = Duration(settings.RequestTimeout),
            ["longPollBudget"] = Duration(settings.LongPollBudget),
            ["rotationBudget"] = Duration(settings.GuidRotationBudget),
            ["settleTime"] = Duration(settings.SettleTime),
            ["authMode"] = settings.AuthMode switch { AuthModeDeclaration.Static => "1", AuthModeDeclaration.Rotating => "2", _ => "auto" },
            ["guidInterval"] = settings.GuidInterval is { } interval ? Duration(interval) : null,
            ["sessionTimeout"] = Duration(settings.SessionTimeout),
            ["maxResponse"] = settings.MaxResponseBytes,
            ["calls"] = settings.EffectiveCalls is { } calls
                ? calls.AnyAgents ? $"any two agents, number {calls.OutboundNumber}" : $"{calls.CallerId},{calls.CalleeId},{calls.OutboundNumber}"
                : null,
            ["inboundTrigger"] = settings.EffectiveInboundTrigger,
            ["embedded"] = settings.UsesEmbeddedGateway ? Embedded(settings.Embedded) : null,
        };
        return JsonNode.Parse(redact(options.ToJsonString()))!.AsObject();
    }

    /// <summary><paramref name="url"/> without a user name or password in it.</summary>
    public static string WithoutUserInfo(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.UserInfo.Length > 0
            ? new UriBuilder(uri) { UserName = "", Password = "" }.Uri.AbsoluteUri
            : url;
    }

    private static JsonObject Embedded(EmbeddedGatewaySettings embedded) => new()
    {
        ["authMode"] = embedded.AuthMode,
        ["guidInterval"] = embedded.GuidInterval is { } interval ? Duration(interval) : null,
        ["sessionTimeout"] = embedded.SessionTimeout is { } timeout ? Duration(timeout) : null,
        ["longPoll"] = Duration(embedded.LongPollWait),
        ["agents"] = embedded.AgentCount,
        ["faults"] = Texts(embedded.Faults.Select(f => GatewayFaults.Describe(f).Name).Order(StringComparer.Ordinal)),
        ["variations"] = Texts(embedded.Variations.Select(v => GatewayVariations.Describe(v).Name).Order(StringComparer.Ordinal)),
        ["hostile"] = embedded.Hostile is { } hostile ? GatewayHostilities.Describe(hostile).Name : null,
        ["eventDelay"] = embedded.EventDelay is { } delay ? Duration(delay) : null,
        ["redirectTo"] = embedded.RedirectTo is { } redirect ? WithoutUserInfo(redirect.AbsoluteUri) : null,
        ["dripInterval"] = embedded.DripInterval is { } drip ? Duration(drip) : null,
    };

    private static JsonArray Texts(IEnumerable<string> values) => [.. values.Select(v => (JsonNode)v)];

    /// <summary>A duration in seconds, as the options take it: "20s", "0.3s".</summary>
    private static string Duration(TimeSpan value) => value.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + "s";
}
