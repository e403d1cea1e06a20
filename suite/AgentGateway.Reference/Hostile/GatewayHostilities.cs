namespace AgentGateway.Reference;

/// <summary>
/// The catalogue of hostile modes: for each <see cref="GatewayHostility"/> its command-line name and what every POST
/// syncagentinfo then gets, before any Guid check.
/// </summary>
public static class GatewayHostilities
{
    /// <summary>Every hostile mode, in declaration order of <see cref="GatewayHostility"/>.</summary>
    public static IReadOnlyList<HostilityDescriptor> All { get; } =
    [
        new(GatewayHostility.Stall, "stall",
            "Never answers: the request is held until the client goes away or the gateway stops."),
        new(GatewayHostility.Drip, "drip",
            "Answers 200 application/json headers at once, then one byte of a JSON body per --drip-interval (default 2s), "
            + "never finishing."),
        new(GatewayHostility.HugeAnswer, "huge-answer",
            "Answers 200 application/json, chunked without Content-Length, with a 300 MiB JSON object whose message is one huge string."),
        new(GatewayHostility.Reset, "reset",
            "Aborts the connection without any answer."),
        new(GatewayHostility.DeepJson, "deep-json",
            "Answers 200 application/json with a JSON array nested 200,000 deep."),
        new(GatewayHostility.Redirect, "redirect",
            "Answers 307, and 302 on every second sync, with Location: the --redirect-to URL plus the request's path and query."),
        new(GatewayHostility.InvalidUtf8, "invalid-utf8",
            "Answers 200 application/json whose message holds the raw bytes 0xFF 0xFE and a NUL byte, with retcode 100-007."),
        new(GatewayHostility.NotHttp, "not-http",
            "Sends an SSH greeting and binary bytes instead of any HTTP answer, then closes the connection."),
    ];

    /// <summary>The descriptor of one hostile mode.</summary>
    public static HostilityDescriptor Describe(GatewayHostility hostility) => All.First(d => d.Hostility == hostility);

    /// <summary>
    /// The hostile mode with this kebab-case name (case-insensitive); throws <see cref="ArgumentException"/> for an unknown name,
    /// with a message that lists the known ones.
    /// </summary>
    public static GatewayHostility Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var match = All.FirstOrDefault(d => string.Equals(d.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
        var known = string.Join(", ", All.Select(d => d.Name));
        return match?.Hostility ?? throw new ArgumentException($"Unknown hostile mode '{name}'; known hostile modes: {known}.");
    }
}
