using AgentGateway.Conformance.Baselines;
using AgentGateway.Conformance.Certification;
using AgentGateway.Conformance.Schemas;

namespace AgentGateway.Conformance.Configuration;

/// <summary>
/// Everything the suite needs to know about its target and how to judge it.
/// Built by <see cref="SettingsLoader"/> from a JSON file and environment variables.
/// </summary>
public sealed record SuiteSettings
{
    /// <summary>Base URL of a real gateway (e.g. https://host:8043); null runs against the embedded reference gateway.</summary>
    public Uri? Target { get; init; }

    /// <summary>The agents the suite may sign in; for a real gateway at least two.</summary>
    public IReadOnlyList<AgentCredentials> Agents { get; init; } = [];

    /// <summary>PEM file of a CA (or the server certificate itself) to trust for the target's TLS.</summary>
    public string? CaCertificateFile { get; init; }

    /// <summary>Turns TLS verification off; every report says so loudly.</summary>
    public bool Insecure { get; init; }

    /// <summary>Type profile: compatible (default) or strict.</summary>
    public SchemaProfile Profile { get; init; } = SchemaProfile.Compatible;

    /// <summary>Documentation edition: "default" (agent IDs 101..59999) or "2025" (101..999999).</summary>
    public string Edition { get; init; } = Editions.Default;

    /// <summary>How far the gateway's currentTime may be from the suite's clock.</summary>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Budget of one ordinary request.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// The most bytes of an answer body the suite reads (default 1 MiB); a larger answer is cut off there, recorded as
    /// too large and never parsed.
    /// </summary>
    public long MaxResponseBytes { get; init; } = 1024 * 1024;

    /// <summary>
    /// At most this many checks at once (<c>--parallel</c>); null runs one per agent, as many as the pool can serve. A
    /// gateway that must not be loaded, or a fault that reaches beyond one agent, wants fewer.
    /// </summary>
    public int? Parallel { get; init; }

    /// <summary>Budget of one event poll; must exceed the gateway's long-poll wait (about 10 s on real gateways).</summary>
    public TimeSpan LongPollBudget { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How long the rotation checks keep polling for a new Guid (AUTHMODE 2 rotates every GUIDINTERVAL, 60 s by default).</summary>
    public TimeSpan GuidRotationBudget { get; init; } = TimeSpan.FromSeconds(75);

    /// <summary>
    /// How long the suite lets an event it caused reach the agent's queue before it relies on the event being queued
    /// (ruling 'Event timing'); the confirming second attempt waits three times as long.
    /// </summary>
    public TimeSpan SettleTime { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The AUTHMODE the target is declared to run, or <see cref="AuthModeDeclaration.Auto"/> to observe it.</summary>
    public AuthModeDeclaration AuthMode { get; init; } = AuthModeDeclaration.Auto;

    /// <summary>The target's GUIDINTERVAL when declared; the rotation budget follows from it.</summary>
    public TimeSpan? GuidInterval { get; init; }

    /// <summary>
    /// How long the target lets an agent go without a request before it signs the agent out (MAXTIME, documented as
    /// 120 s); the slow checks wait it out.
    /// </summary>
    public TimeSpan SessionTimeout { get; init; } = DocumentedSessionTimeout;

    /// <summary>The opt-in groups of checks the run includes (<see cref="CheckGroups"/>); empty for none.</summary>
    public IReadOnlySet<string> Include { get; init; } = new HashSet<string>();

    /// <summary>Folder the reports are written to.</summary>
    public string ReportsDirectory { get; init; } = "reports";

    /// <summary>The accepted deviations the run is judged with (<c>--baseline</c>); null judges every failure.</summary>
    public Baseline? Baseline { get; init; }

    /// <summary>
    /// Where the run writes its certification package (<c>--package</c>): the reports and a signed manifest in one zip
    /// archive; null writes none. A run with a baseline writes none: certification is for runs without waivers.
    /// </summary>
    public string? PackageFile { get; init; }

    /// <summary>The key the certification package is signed with (<c>--signing-key</c>); null leaves the package unsigned.</summary>
    public SigningKey? SigningKey { get; init; }

    /// <summary>Seed of the generated test data; a run with the same seed sends the same values.</summary>
    public int Seed { get; init; } = 20_230_927;

    /// <summary>
    /// Which agents call each other in the call checks (<c>--calls</c>); null leaves calls off against a real gateway.
    /// The embedded gateway calls by default (<see cref="EffectiveCalls"/>).
    /// </summary>
    public CallSettings? Calls { get; init; }

    /// <summary>The calls the run makes: the configured ones, the embedded gateway's by default, or null when calls are off.</summary>
    public CallSettings? EffectiveCalls => Calls ?? (UsesEmbeddedGateway ? CallSettings.Embedded : null);

    /// <summary>
    /// The same-origin path that places an inbound call (<c>--inbound-trigger</c>, see <see cref="InboundCallTrigger"/>);
    /// null, the default, places none against a real gateway.
    /// </summary>
    public string? InboundTrigger { get; init; }

    /// <summary>The trigger the run places inbound calls with: the configured one, the embedded gateway's control endpoint, or none.</summary>
    public string? EffectiveInboundTrigger => InboundTrigger ?? (UsesEmbeddedGateway ? InboundCallTrigger.ReferencePath : null);

    /// <summary>How the embedded gateway is started; unused for a real target.</summary>
    public EmbeddedGatewaySettings Embedded { get; init; } = new();

    /// <summary>MAXTIME of basic.properties as documented: an agent without a request for 120 s is signed out.</summary>
    public static readonly TimeSpan DocumentedSessionTimeout = TimeSpan.FromSeconds(120);

    /// <summary>Whether the suite starts its own reference gateway.</summary>
    public bool UsesEmbeddedGateway => Target is null;

    /// <summary>Whether the Guid of this target never rotates: declared AUTHMODE 1, or the embedded gateway in AUTHMODE 1.</summary>
    public bool GuidNeverRotates => UsesEmbeddedGateway ? Embedded.AuthMode == 1 : AuthMode == AuthModeDeclaration.Static;

    /// <summary>Whether the run includes the opt-in group of checks <paramref name="group"/>.</summary>
    public bool Includes(string group) => Include.Contains(group);

    /// <summary>The agent ID range of the configured edition.</summary>
    public AgentIdRange AgentIdRange => Editions.RangeOf(Edition);
}
