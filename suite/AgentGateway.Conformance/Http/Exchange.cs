using System.Text.Json.Serialization;

namespace AgentGateway.Conformance.Http;

/// <summary>One header line as sent or received.</summary>
public sealed record HeaderLine(string Name, string Value);

/// <summary>
/// One recorded HTTP exchange with the gateway, secrets already redacted: the evidence behind a check.
/// </summary>
public sealed record Exchange
{
    private readonly TransportOutcome? _outcome;

    /// <summary>Position in the check's log, from 1; set when recorded.</summary>
    public int Sequence { get; init; }

    /// <summary>Why the suite sent it, e.g. "sync with another agent's Guid".</summary>
    public required string Purpose { get; init; }

    public required string Method { get; init; }
    public required string Url { get; init; }
    public required IReadOnlyList<HeaderLine> RequestHeaders { get; init; }
    public string? RequestBody { get; init; }

    /// <summary>HTTP status, or null when no answer head arrived.</summary>
    public int? Status { get; init; }

    /// <summary>
    /// How the exchange ended at the transport level. A results.json written before outcomes were recorded has none:
    /// it then reads as <see cref="TransportOutcome.Answered"/> for a clean answer and as
    /// <see cref="TransportOutcome.Unclassified"/> otherwise.
    /// </summary>
    public TransportOutcome Outcome
    {
        get => _outcome ?? (Status is not null && TransportError is null ? TransportOutcome.Answered : TransportOutcome.Unclassified);
        init => _outcome = value;
    }

    /// <summary>The request carried a body larger than a gateway need read; it was sent while the answer was read.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool OversizedBody { get; init; }

    /// <summary>The gateway closed the connection before it had taken the whole request body (after answering, or not).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool RequestCutOff { get; init; }

    public IReadOnlyList<HeaderLine> ResponseHeaders { get; init; } = [];
    public string? ResponseBody { get; init; }
    public double LatencyMilliseconds { get; init; }

    /// <summary>
    /// What went wrong below HTTP, in words (refused connection, TLS, a timeout, an answer over the cap); null for a
    /// complete answer. Set also when the answer head arrived and its body did not.
    /// </summary>
    public string? TransportError { get; init; }

    /// <summary>The outcome in one line for reports: "HTTP 200", "no answer: connection reset".</summary>
    [JsonIgnore]
    public string Headline => TransportOutcomes.Headline(Status, Outcome);
}
