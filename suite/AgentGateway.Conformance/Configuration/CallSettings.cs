namespace AgentGateway.Conformance.Configuration;

/// <summary>
/// Which two configured test agents call each other (<c>--calls CALLER,CALLEE[,NUMBER]</c>), and the number an
/// outbound call may ring; calls ring real phones, so against a real gateway they run only when this is given.
/// </summary>
public sealed record CallSettings(string CallerId, string CalleeId, string? OutboundNumber)
{
    /// <summary>What the embedded gateway calls with: any two of its agents, and its far end 88001 that answers.</summary>
    public static CallSettings Embedded { get; } = new("", "", "88001");

    /// <summary>Whether the calling agents are whichever two the pool lends (the embedded gateway), not named ones.</summary>
    public bool AnyAgents => CallerId.Length == 0;

    /// <summary>Reads <c>CALLER,CALLEE[,NUMBER]</c>; a mistake names the setting.</summary>
    public static CallSettings Parse(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length is < 2 or > 3 || parts.Any(p => p.Length == 0 || !p.All(char.IsAsciiDigit)))
        {
            throw new SettingsException(
                $"AGW_CALLS (--calls): '{text}' is not CALLER,CALLEE[,NUMBER]: two configured agent IDs and an optional "
                + "outbound test number, digits only, e.g. --calls 41001,41002 or --calls 41001,41002,88001.");
        }

        return new CallSettings(parts[0], parts[1], parts.ElementAtOrDefault(2));
    }

    /// <summary>What is wrong with these calls against the configured <paramref name="agents"/>; null when nothing.</summary>
    public string? Problem(IReadOnlyList<AgentCredentials> agents)
    {
        if (AnyAgents)
        {
            return null;
        }

        var missing = new[] { CallerId, CalleeId }.Distinct(StringComparer.Ordinal)
            .Where(id => !agents.Any(a => a.Id == id)).ToList();
        if (missing.Count > 0)
        {
            return $"--calls names agent{(missing.Count > 1 ? "s" : "")} {string.Join(" and ", missing)}, which "
                + $"{(missing.Count > 1 ? "are" : "is")} not among the configured test agents ({string.Join(", ", agents.Select(a => a.Id))}); "
                + "list it in --agents (AGW_AGENTS) or name configured agents in --calls (AGW_CALLS).";
        }

        return CallerId == CalleeId
            ? $"--calls names agent {CallerId} as both caller and callee; name two different test agents (AGW_CALLS)."
            : null;
    }
}
