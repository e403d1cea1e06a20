using AgentGateway.Conformance.Results;
using AgentGateway.Conformance.Tests.Support;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.FaultMatrix;

/// <summary>
/// The conformant variations whose outcome could hang on timing (events that reach the queue late, an oversized body
/// refused while it is still being sent) run ten times each against the areas they touch: a verdict must not depend on
/// the run. Each run is a real process of the suite against its own embedded gateway over HTTPS.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class TimingStabilityTests
{
    private const int Repetitions = 10;

    private static readonly (string Name, string[] Arguments)[] Variations =
    [
        ("events_300_ms_late", ["--variation", "events-delayed", "--only", "QueueClearing,HeaderEnforcement,Methods,Consistency"]),
        ("events_1500_ms_late", ["--variation", "events-delayed", "--event-delay", "1500ms", "--only", "QueueClearing"]),
        ("oversized_body_answered_unread", ["--variation", "oversized-body-unread", "--only", "RetcodeSemantics"]),
        ("oversized_body_refused_by_closing", ["--variation", "oversized-body-closed", "--only", "RetcodeSemantics"]),
    ];

    public static IEnumerable<TestCaseData> Runs() =>
        from variation in Variations
        from run in Enumerable.Range(1, Repetitions)
        select new TestCaseData(new object[] { variation.Arguments }).SetName($"{variation.Name}_run_{run:00}_of_{Repetitions}_finds_nothing");

    [TestCaseSource(nameof(Runs))]
    public async Task A_timing_dependent_variation_never_fails_the_gateway(string[] arguments)
    {
        var outcome = await SuiteProcess.RunAsync(arguments);

        // A check of an opt-in group the run leaves out ends as SKIP by design.
        var included = outcome.Results.Included;
        outcome.Results.Checks.Where(c => c.Status != CheckStatus.Pass && (c.OptInGroup is null || included.Contains(c.OptInGroup)))
            .Select(c => $"{c.Status} {c.Name}: {c.Message}").Should().BeEmpty(outcome.Output);
        outcome.Results.Checks.Should().NotBeEmpty();
    }
}
