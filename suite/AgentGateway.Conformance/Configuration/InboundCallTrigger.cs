namespace AgentGateway.Conformance.Configuration;

/// <summary>
/// The path on the target's origin that places an inbound call (<c>--inbound-trigger PATH</c>), taking the request of the
/// reference gateway's control endpoint: <c>POST</c> with <c>{"agentId": ..., "caller": ...}</c>, answered with the
/// gateway's envelope and the new callid as the result. No documented interface places an inbound call, so against a
/// real gateway the inbound call check runs only when one is named; the embedded gateway's control endpoint is used by
/// default.
/// </summary>
public static class InboundCallTrigger
{
    /// <summary>The reference gateway's control endpoint that places inbound calls, on in the embedded gateway.</summary>
    public const string ReferencePath = "/reference/calls/inbound";

    /// <summary>The calling number of an inbound call when <c>--calls</c> names no test number.</summary>
    public const string DefaultCaller = "88001";

    private const string PathCharacters = "-._~!$&'()*+,;=:@%";

    /// <summary>
    /// What is wrong with <paramref name="path"/> as a trigger; null when nothing. It must be an absolute path (one
    /// leading slash, no scheme or host, so that it can only reach the target's origin) of plain path characters,
    /// without a query, a fragment or a dot segment.
    /// </summary>
    public static string? Problem(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bad = path.Where(c => !(char.IsAsciiLetterOrDigit(c) || c == '/' || PathCharacters.Contains(c))).Select(c => (int)c).ToList();
        var wrong = !path.StartsWith('/') || path.StartsWith("//", StringComparison.Ordinal) ? "it is not a path that begins with a single /"
            : bad.Count > 0 ? $"it holds U+{bad[0]:X4}, which is no plain path character (no query, fragment, space or host)"
            : path.Split('/').Any(segment => segment is "." or "..") ? "it holds a dot segment (. or ..)"
            : null;
        return wrong is null
            ? null
            : $"--inbound-trigger (AGW_INBOUND_TRIGGER, config key inboundTrigger) '{path}' is refused: {wrong}. Name the path on the "
                + $"gateway's own origin that places an inbound call, e.g. {ReferencePath}; the suite sends nothing to another origin.";
    }
}
