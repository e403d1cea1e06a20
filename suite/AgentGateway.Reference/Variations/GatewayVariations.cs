namespace AgentGateway.Reference;

/// <summary>
/// The catalogue of conformant variations: for each <see cref="GatewayVariation"/> its command-line name and what the
/// gateway then does differently, within what the documents allow.
/// </summary>
public static class GatewayVariations
{
    /// <summary>Every variation, in declaration order of <see cref="GatewayVariation"/>.</summary>
    public static IReadOnlyList<VariationDescriptor> All { get; } =
    [
        new(GatewayVariation.EventsDelayed, "events-delayed",
            "Every event reaches the agent's queue only --event-delay (default 300ms) after the call that caused it, "
            + "as a CTI platform reports events late; the call itself is answered at once."),
        new(GatewayVariation.OversizedBodyUnread, "oversized-body-unread",
            "A syncagentinfo declaring a body over 64 KiB gets its usual answer without the body being read, "
            + "and the connection is then closed."),
        new(GatewayVariation.OversizedBodyClosed, "oversized-body-closed",
            "A syncagentinfo declaring a body over 64 KiB gets no answer: the connection is closed at once."),
        new(GatewayVariation.NonDigitIdNotFound, "non-digit-id-not-found",
            "A request whose agent ID is not all ASCII digits is answered HTTP 404 with a small HTML page, "
            + "as by a route that only matches digits."),
        new(GatewayVariation.WrongMethodRetcode, "wrong-method-retcode",
            "A method an interface does not support is answered HTTP 200 with retcode 000-002 instead of 405 with Allow."),
        new(GatewayVariation.PublishedExampleTypes, "published-example-types",
            "syncagentinfo copies the published example's types: null for empty strings and an integer agentStateBeginTime."),
    ];

    /// <summary>The descriptor of one variation.</summary>
    public static VariationDescriptor Describe(GatewayVariation variation) => All.First(d => d.Variation == variation);

    /// <summary>
    /// The variation with this kebab-case name (case-insensitive); throws <see cref="ArgumentException"/> for an unknown name,
    /// with a message that lists the known ones.
    /// </summary>
    public static GatewayVariation Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var match = All.FirstOrDefault(d => string.Equals(d.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
        var known = string.Join(", ", All.Select(d => d.Name));
        return match?.Variation ?? throw new ArgumentException($"Unknown variation '{name}'; known variations: {known}.");
    }

    /// <summary>
    /// The variations named in <paramref name="namesOrLists"/> (names or comma lists), as <see cref="NameLists.Parse{T}"/> reads them.
    /// </summary>
    public static IReadOnlyList<GatewayVariation> ParseList(IEnumerable<string> namesOrLists) => NameLists.Parse(namesOrLists, Parse);
}
