using System.Collections.Frozen;
using AgentGateway.Reference.Faults;

namespace AgentGateway.Reference;

/// <summary>An immutable snapshot of <see cref="ReferenceGatewayOptions"/> taken at start, read by every request.</summary>
internal sealed class GatewaySettings
{
    private readonly Action<string>? _guidIssued;

    public GatewaySettings(ReferenceGatewayOptions options)
    {
        options.Validate();
        AuthMode = options.AuthMode;
        GuidInterval = options.GuidInterval;
        GuidTimeout = options.GuidTimeout;
        LongPollWait = options.LongPollWait;
        SessionTimeout = options.SessionTimeout;
        Edition2025 = options.Edition == "2025";
        Faults = ActiveFaults.Of(options.Faults);
        Passwords = options.AgentPasswords.ToFrozenDictionary(StringComparer.Ordinal);
        NodeIndex = options.NodeIndex;
        Variations = options.Variations.ToFrozenSet();
        EventDelay = options.EventDelay;
        Latency = options.Latency;
        Hostile = options.Hostile;
        RedirectTo = options.RedirectTo;
        DripInterval = options.DripInterval;
        FarEnds = options.FarEnds.ToFrozenDictionary(StringComparer.Ordinal);
        RingTimeout = options.RingTimeout;
        WrapUpDuration = options.WrapUpDuration;
        ControlEndpoint = options.ControlEndpoint;
        _guidIssued = options.GuidIssued;
    }

    public int AuthMode { get; }

    public TimeSpan GuidInterval { get; }

    public TimeSpan GuidTimeout { get; }

    public TimeSpan LongPollWait { get; }

    public TimeSpan SessionTimeout { get; }

    public bool Edition2025 { get; }

    public const int MinAgentId = 101;

    public int MaxAgentId => Edition2025 ? 999_999 : 59_999;

    /// <summary>The fault modes switched on, whose hooks the gateway calls; none makes it conformant.</summary>
    public ActiveFaults Faults { get; }

    public FrozenDictionary<string, string> Passwords { get; }

    public int NodeIndex { get; }

    public FrozenSet<GatewayVariation> Variations { get; }

    public TimeSpan EventDelay { get; }

    public AnswerLatency Latency { get; }

    public GatewayHostility? Hostile { get; }

    public Uri? RedirectTo { get; }

    public TimeSpan DripInterval { get; }

    public FrozenDictionary<string, FarEndBehaviour> FarEnds { get; }

    public TimeSpan RingTimeout { get; }

    public TimeSpan WrapUpDuration { get; }

    public bool ControlEndpoint { get; }

    public bool Has(GatewayVariation variation) => Variations.Contains(variation);

    public string NewGuid()
    {
        var guid = $"{Guid.NewGuid():D}.AgentGateway{NodeIndex}";
        _guidIssued?.Invoke(guid);
        return guid;
    }
}
