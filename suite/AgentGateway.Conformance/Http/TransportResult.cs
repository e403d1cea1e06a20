namespace AgentGateway.Conformance.Http;

/// <summary>What one request brought back at the transport level, before it is recorded.</summary>
internal sealed record TransportResult
{
    public required TransportOutcome Outcome { get; init; }

    /// <summary>The status of the answer head, when one arrived.</summary>
    public int? Status { get; init; }

    public IReadOnlyList<HeaderLine> Headers { get; init; } = [];

    /// <summary>The body as text; up to the cap when the answer was larger, whatever arrived when it was cut off.</summary>
    public string Body { get; init; } = "";

    /// <summary>What went wrong, in words; null for a complete answer.</summary>
    public string? Error { get; init; }

    /// <summary>The gateway closed the connection before the whole request body was sent.</summary>
    public bool RequestCutOff { get; init; }

    public static TransportResult Failed(TransportOutcome outcome, string error) => new() { Outcome = outcome, Error = error };
}
