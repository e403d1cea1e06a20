namespace AgentGateway.Conformance.Agents;

/// <summary>
/// What a run of polls saw while waiting for an awaited event: the events before it, the event itself if it came,
/// and the last poll (empty or failed) when it did not.
/// </summary>
public sealed record PollOutcome(IReadOnlyList<AgentEvent> Before, AgentEvent? Awaited, PollResult Last)
{
    public bool Arrived => Awaited is not null;

    public string Describe() =>
        (Before.Count == 0 ? "no event" : string.Join(", ", Before))
        + (Arrived ? $", then {Awaited}" : $", then {(Last.Succeeded ? "an empty poll" : Last.Response.Summary)}");
}
