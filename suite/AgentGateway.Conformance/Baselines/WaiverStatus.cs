namespace AgentGateway.Conformance.Baselines;

/// <summary>What a waiver of the baseline did in one run.</summary>
public enum WaiverStatus
{
    /// <summary>Live, and a failure of the run fell under it: that failure does not fail the run.</summary>
    Waiving,

    /// <summary>Past its expiry: the failures it names fail the run again, and the reports say that it expired.</summary>
    Expired,

    /// <summary>Live, but what it names was judged and did not fail: the deviation is gone and the waiver should go too.</summary>
    Stale,

    /// <summary>Live, but what it names was not judged in this run (left out, skipped or not in the catalogue).</summary>
    NotJudged,
}
