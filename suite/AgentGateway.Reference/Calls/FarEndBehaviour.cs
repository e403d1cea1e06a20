using System.Collections.Frozen;

namespace AgentGateway.Reference;

/// <summary>What a simulated far-end number does when an agent calls it out.</summary>
public enum FarEndBehaviour
{
    /// <summary>Answers at once: the call is talking as soon as it is placed.</summary>
    Answer,

    /// <summary>Rings and never answers: the call fails after <see cref="ReferenceGatewayOptions.RingTimeout"/>.</summary>
    Ring,

    /// <summary>Is busy: the call fails at once.</summary>
    Busy,
}

/// <summary>The far-end numbers every gateway starts with, and the rules for a number a call may dial.</summary>
public static class FarEndNumbers
{
    /// <summary>The built-in test numbers: 88001 answers, 88002 rings unanswered, 88003 is busy.</summary>
    public static IReadOnlyDictionary<string, FarEndBehaviour> Defaults { get; } = new Dictionary<string, FarEndBehaviour>
    {
        ["88001"] = FarEndBehaviour.Answer,
        ["88002"] = FarEndBehaviour.Ring,
        ["88003"] = FarEndBehaviour.Busy,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Whether the text is a dialable number as the call interfaces take it: 1 to 24 of digits, * and #.</summary>
    public static bool IsDialable(string? number) =>
        number is { Length: > 0 and <= 24 } && number.All(c => char.IsAsciiDigit(c) || c is '*' or '#');

    /// <summary>The behaviour with this name (answer, ring, busy; case-insensitive); throws <see cref="ArgumentException"/>.</summary>
    public static FarEndBehaviour Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Trim().ToUpperInvariant() switch
        {
            "ANSWER" => FarEndBehaviour.Answer,
            "RING" => FarEndBehaviour.Ring,
            "BUSY" => FarEndBehaviour.Busy,
            _ => throw new ArgumentException($"Unknown far-end behaviour '{name}': use answer, ring or busy.", nameof(name)),
        };
    }
}
