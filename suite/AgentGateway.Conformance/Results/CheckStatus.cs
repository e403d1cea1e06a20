namespace AgentGateway.Conformance.Results;

/// <summary>How one check ended.</summary>
public enum CheckStatus
{
    /// <summary>Every requirement the check verifies held.</summary>
    Pass,

    /// <summary>A MUST requirement was violated: the gateway is not conformant.</summary>
    Fail,

    /// <summary>A SHOULD requirement was violated; shown with its evidence, it does not fail certification.</summary>
    Warn,

    /// <summary>The check cannot be decided on this target; the reason says why.</summary>
    Skip,

    /// <summary>Something went wrong on the suite's side; says nothing about the gateway.</summary>
    Error,
}

/// <summary>How reports and the console print a status.</summary>
public static class CheckStatusText
{
    /// <summary>PASS, FAIL, WARN, SKIP or ERROR.</summary>
    public static string Label(this CheckStatus status) => status.ToString().ToUpperInvariant();
}

/// <summary>The verdict of a whole run.</summary>
public enum Verdict
{
    /// <summary>No FAIL, no ERROR, no skipped MUST check.</summary>
    Conformant,

    /// <summary>
    /// Conformant but for failures the baseline's live waivers accept (<c>--baseline</c>): a CI gate passes, a
    /// certification does not.
    /// </summary>
    ConformantWithWaivers,

    /// <summary>At least one MUST requirement failed.</summary>
    NotConformant,

    /// <summary>No FAIL, but errors, skipped MUST checks or a failed preflight leave the question open.</summary>
    Incomplete,
}
