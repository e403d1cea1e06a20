using AgentGateway.Conformance.Requirements;
using AgentGateway.Conformance.Results;
using NUnit.Framework.Interfaces;

namespace AgentGateway.Conformance.Harness;

/// <summary>
/// How a check ended, decided from its findings and from what stopped it, and nothing else: a violated MUST is a FAIL,
/// a step the gateway withheld or an interrupted run a SKIP (a WARN when a SHOULD was violated before it), anything
/// else thrown an ERROR of the suite, a violated SHOULD a WARN. NUnit's outcome of the test follows from it (<see cref="ResultState"/>).
/// </summary>
internal sealed record CheckOutcome(CheckStatus Status, string? Message, string? StackTrace = null)
{
    /// <param name="findings">The check's judgements, in the order it made them.</param>
    /// <param name="stop">What ended the check early: null when it ran to its end.</param>
    /// <param name="describe">How a finding reads in the outcome's message.</param>
    public static CheckOutcome Decide(IReadOnlyList<Finding> findings, Exception? stop, Func<Finding, string> describe)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(describe);
        if (findings.FirstOrDefault(f => !f.Held && f.Level == RequirementLevel.Must) is { } violated)
        {
            return new(CheckStatus.Fail, describe(violated));
        }

        var warnings = findings.Where(f => !f.Held && f.Level == RequirementLevel.Should).Select(describe).ToList();
        return stop switch
        {
            null or MustViolated => warnings.Count > 0 ? new(CheckStatus.Warn, string.Join(Environment.NewLine, warnings)) : new(CheckStatus.Pass, null),
            NotIncludedException => new(CheckStatus.Skip, stop.Message),
            UndecidableException or TargetUnresponsiveException or RunInterruptedException =>
                new(warnings.Count > 0 ? CheckStatus.Warn : CheckStatus.Skip, stop.Message),
            _ => new(CheckStatus.Error, $"{stop.GetType().FullName} : {stop.Message}", stop.StackTrace),
        };
    }

    /// <summary>The NUnit outcome that says the same.</summary>
    public ResultState ResultState => Status switch
    {
        CheckStatus.Pass => ResultState.Success,
        CheckStatus.Fail => ResultState.Failure,
        CheckStatus.Warn => ResultState.Warning,
        CheckStatus.Skip => ResultState.Ignored,
        _ => ResultState.Error,
    };
}

/// <summary>Thrown by <c>Must</c> after it recorded a violation: the check stops, and its findings say why.</summary>
internal sealed class MustViolated : Exception
{
    public MustViolated(string message)
        : base(message)
    {
    }

    public MustViolated()
    {
    }

    public MustViolated(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
