using AgentGateway.Conformance.Results;

namespace AgentGateway.Conformance.Comparison;

/// <summary>How one check changed from the run before to the run after.</summary>
public enum CheckChange
{
    /// <summary>PASS became FAIL, WARN or ERROR, or WARN became FAIL: the only change that fails a comparison.</summary>
    Regression,

    /// <summary>FAIL, WARN or ERROR became PASS, or FAIL became WARN.</summary>
    Fix,

    /// <summary>Not passing before and not passing after (FAIL, WARN or ERROR on both sides).</summary>
    StillFailing,

    /// <summary>The same PASS or SKIP on both sides.</summary>
    Unchanged,

    /// <summary>Decided on one side and skipped on the other: neither better nor worse, but the gateway was not judged alike.</summary>
    Changed,

    /// <summary>The check did not keep its status across the rounds of one side; never a regression.</summary>
    Flaky,

    /// <summary>Only the run after made the check.</summary>
    Added,

    /// <summary>Only the run before made the check.</summary>
    Removed,
}

/// <summary>The rules that turn a check's status before and after into a <see cref="CheckChange"/>.</summary>
public static class CheckChanges
{
    /// <summary>The change of a check seen on both sides, or on one (the other null).</summary>
    public static CheckChange Of(CheckRounds? before, CheckRounds? after)
    {
        if (before is null || after is null)
        {
            return before is null ? CheckChange.Added : CheckChange.Removed;
        }

        return before.Flaky || after.Flaky ? CheckChange.Flaky : Of(before.Status, after.Status);
    }

    /// <summary>The change between two stable statuses.</summary>
    public static CheckChange Of(CheckStatus before, CheckStatus after)
    {
        if (before == after)
        {
            return Passing(before) || before == CheckStatus.Skip ? CheckChange.Unchanged : CheckChange.StillFailing;
        }

        if (before == CheckStatus.Skip || after == CheckStatus.Skip)
        {
            return CheckChange.Changed;
        }

        if (before == CheckStatus.Pass || (before == CheckStatus.Warn && after == CheckStatus.Fail))
        {
            return CheckChange.Regression;
        }

        return after == CheckStatus.Pass || (before == CheckStatus.Fail && after == CheckStatus.Warn)
            ? CheckChange.Fix
            : CheckChange.StillFailing;
    }

    /// <summary>The words a report shows for a change: "still failing".</summary>
    public static string Label(this CheckChange change) => change switch
    {
        CheckChange.StillFailing => "still failing",
        _ => change.ToString().ToLowerInvariant(),
    };

    /// <summary>The name of a change in markup and filters: "still-failing".</summary>
    public static string Css(this CheckChange change) => change.Label().Replace(' ', '-');

    private static bool Passing(CheckStatus status) => status == CheckStatus.Pass;
}
