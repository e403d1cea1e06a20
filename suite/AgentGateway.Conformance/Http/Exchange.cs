namespace AgentGateway.Conformance.Http;

/// <summary>One header line as sent or received.</summary>
public sealed record HeaderLine(string Name, string Value);

/// <summary>
/// One recorded HTTP exchange with the gateway, secrets already redacted: the evidence behind a check.
/// </summary>
public sealed record Exchange
{
    /// <summary>Position in the check's log, from 1; set when recorded.</summary>
    public int Sequence { get; init; }

    /// <summary>Why the suite sent it, e.g. "sync with another agent's Guid".</summary>
    public required string Purpose { get; init; }

    public required string Method { get; init; }
    public required string Url { get; init; }
    public required IReadOnlyList<HeaderLine> RequestHeaders { get; init; }
    public string? RequestBody { get; init; }

    /// <summary>HTTP status, or null when no response arrived.</summary>
    public int? Status { get; init; }

    public IReadOnlyList<HeaderLine> ResponseHeaders { get; init; } = [];
    public string? ResponseBody { get; init; }
    public double LatencyMilliseconds { get; init; }

    /// <summary>What went wrong below HTTP (refused connection, TLS, timeout), when nothing came back.</summary>
    public string? TransportError { get; init; }
}
