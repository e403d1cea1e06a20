using System.Text.Json.Serialization;

namespace AgentGateway.Conformance.Baselines;

/// <summary>
/// One accepted deviation of a baseline: the requirement (SYNC-RET-011) or the check (its fixture and name,
/// <c>QueueClearingTests.Clears_the_queue</c>) whose failure is accepted, why, who answers for it, until when (the
/// whole day, UTC) and, optionally, where it is tracked.
/// </summary>
public sealed record Waiver(string Id, string Reason, string Owner, DateOnly Expires, string? Link)
{
    /// <summary>Whether the waiver still holds on <paramref name="day"/>: it expires at the end of its day.</summary>
    public bool IsLiveOn(DateOnly day) => day <= Expires;

    /// <summary>Whether <see cref="Id"/> names a requirement rather than a check.</summary>
    [JsonIgnore]
    public bool NamesRequirement => Id.StartsWith("SYNC-", StringComparison.Ordinal);
}
