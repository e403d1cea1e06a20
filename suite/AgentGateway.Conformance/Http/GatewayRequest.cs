namespace AgentGateway.Conformance.Http;

/// <summary>
/// A request exactly as a check means to send it: the path is sent verbatim (no dot-segment or escape
/// normalisation), and only the headers listed here are added.
/// </summary>
public sealed record GatewayRequest(HttpMethod Method, string Path, string Purpose)
{
    /// <summary>The documented request Content-Type.</summary>
    public const string JsonContentType = "application/json; charset=UTF-8";

    public IReadOnlyList<HeaderLine> Headers { get; init; } = [];

    /// <summary>Request body; null sends none.</summary>
    public string? Body { get; init; }

    /// <summary>Content-Type header; null sends none.</summary>
    public string? ContentType { get; init; } = JsonContentType;

    /// <summary>Budget of this request; the client's default when null.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>
    /// The body is larger than a gateway need read (the rulings let it refuse one over 64 KiB in any way, closing the
    /// connection included). The request goes over a connection of its own and its answer is read while the body is
    /// written, so an answer sent before the body was read is heard; its timeouts do not count against the gateway.
    /// </summary>
    public bool OversizedBody { get; init; }

    public GatewayRequest WithHeader(string name, string value) => this with { Headers = [.. Headers, new HeaderLine(name, value)] };
}
