namespace AgentGateway.Conformance.Http;

/// <summary>
/// How one exchange with the gateway ended at the transport level. Only <see cref="Answered"/> is a complete HTTP
/// answer; a status code is recorded whenever the answer's headers arrived, whatever happened after them.
/// </summary>
public enum TransportOutcome
{
    /// <summary>A complete HTTP answer arrived (headers and the whole body, within the caps and the budget).</summary>
    Answered,

    /// <summary>No TCP connection could be made: refused, unreachable, a name that does not resolve.</summary>
    ConnectFailed,

    /// <summary>The TLS handshake failed: an untrusted certificate, no common protocol, plain HTTP on a TLS port.</summary>
    TlsFailed,

    /// <summary>The connection was reset before any answer arrived.</summary>
    ResetBeforeAnswer,

    /// <summary>The connection was closed before a complete answer head arrived.</summary>
    ClosedBeforeAnswer,

    /// <summary>The connection broke while the request body was still being sent, and no answer came.</summary>
    ClosedWhileSending,

    /// <summary>No answer head arrived within the request's budget.</summary>
    HeadersTimedOut,

    /// <summary>The answer head arrived, but not the whole body within the request's budget.</summary>
    BodyTimedOut,

    /// <summary>The answer head arrived, then the connection closed or was reset before the body was complete.</summary>
    ClosedWhileAnswering,

    /// <summary>The answer (its headers, or its body) was larger than the suite reads; it stopped reading.</summary>
    TooLarge,

    /// <summary>What came back was not HTTP: no status line, an invalid header or body framing.</summary>
    NotHttp,

    /// <summary>The request was not sent: the gateway had already stopped answering earlier requests.</summary>
    NotSent,

    /// <summary>The run was interrupted: the request was not sent, or was abandoned while it was under way.</summary>
    Interrupted,

    /// <summary>Read from a results.json written before outcomes were recorded; the transport error says what happened.</summary>
    Unclassified,
}

/// <summary>Fixed words for each <see cref="TransportOutcome"/>; they never quote anything the gateway sent.</summary>
public static class TransportOutcomes
{
    /// <summary>Whether the outcome is one of the two timeouts of a request's budget.</summary>
    public static bool IsTimeout(this TransportOutcome outcome) =>
        outcome is TransportOutcome.HeadersTimedOut or TransportOutcome.BodyTimedOut;

    /// <summary>A few words for reports: "connection reset", "timed out", "answer over the size cap".</summary>
    public static string Label(this TransportOutcome outcome) => outcome switch
    {
        TransportOutcome.Answered => "answered",
        TransportOutcome.ConnectFailed => "could not connect",
        TransportOutcome.TlsFailed => "TLS handshake failed",
        TransportOutcome.ResetBeforeAnswer => "connection reset",
        TransportOutcome.ClosedBeforeAnswer => "connection closed",
        TransportOutcome.ClosedWhileSending => "connection closed while the request was sent",
        TransportOutcome.HeadersTimedOut => "timed out",
        TransportOutcome.BodyTimedOut => "body timed out",
        TransportOutcome.ClosedWhileAnswering => "connection closed in the middle of the answer",
        TransportOutcome.TooLarge => "answer over the size cap",
        TransportOutcome.NotHttp => "not HTTP",
        TransportOutcome.NotSent => "not sent, the gateway had stopped answering",
        TransportOutcome.Interrupted => "the run was interrupted",
        _ => "no outcome recorded",
    };

    /// <summary>
    /// The outcome of an exchange in one line: "HTTP 200", "HTTP 200, then body timed out", "no answer: connection reset",
    /// "not sent, the gateway had stopped answering". Only the status number comes from the gateway.
    /// </summary>
    public static string Headline(int? status, TransportOutcome outcome) => (status, outcome) switch
    {
        ({ } code, TransportOutcome.Answered) => $"HTTP {code}",
        ({ } code, _) => $"HTTP {code}, then {outcome.Label()}",
        (null, TransportOutcome.NotSent or TransportOutcome.Interrupted) => outcome.Label(),
        _ => $"no answer: {outcome.Label()}",
    };

    /// <summary>A byte count as people write it: "1 MiB", "64 KiB", "1000 bytes".</summary>
    public static string Size(long bytes) => bytes switch
    {
        >= 1 << 20 when bytes % (1 << 20) == 0 => $"{bytes >> 20} MiB",
        >= 1 << 10 when bytes % (1 << 10) == 0 => $"{bytes >> 10} KiB",
        _ => $"{bytes} bytes",
    };
}
