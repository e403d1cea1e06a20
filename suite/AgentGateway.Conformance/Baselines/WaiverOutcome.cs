namespace AgentGateway.Conformance.Baselines;

/// <summary>
/// A waiver with what it did in a run: its status, and the failed checks (fixture and name) it names, which it waived
/// while live and no longer waives once expired.
/// </summary>
public sealed record WaiverOutcome(Waiver Waiver, WaiverStatus Status, IReadOnlyList<string> Checks);
