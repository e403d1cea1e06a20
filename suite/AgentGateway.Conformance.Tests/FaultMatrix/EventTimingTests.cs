using AgentGateway.Conformance.Results;
using AgentGateway.Conformance.Tests.Support;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.FaultMatrix;

/// <summary>
/// How a queue check tells a late event from an old one (ruling 'Event timing'): a second attempt with a longer settle
/// time, or the event's own eventGenTime. Each run is a real process of the suite against its embedded gateway.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class EventTimingTests
{
    [Test]
    public async Task Events_later_than_the_settle_time_pass_on_the_second_attempt()
    {
        var outcome = await SuiteProcess.RunAsync(["--variation", "events-delayed", "--event-delay", "1500ms", "--only", "QueueClearing"]);

        var finding = Finding(outcome.Results, "SYNC-QUEUE-001");
        finding.Held.Should().BeTrue();
        finding.Actual.Should().Contain("first attempt, events settled 1 s").And.Contain("second attempt, events settled 3 s")
            .And.Contain("the first attempt saw a late event, not an old one");
    }

    [Test]
    public async Task An_old_event_whose_event_time_precedes_the_sync_fails_without_a_second_attempt()
    {
        var outcome = await SuiteProcess.RunAsync(["--fault", "queue-not-cleared", "--edition", "2025", "--only", "QueueClearing"]);

        var finding = Finding(outcome.Results, "SYNC-QUEUE-001");
        finding.Held.Should().BeFalse();
        finding.Actual.Should().Contain("has eventGenTime").And.Contain("before the sync's currentTime").And.NotContain("second attempt");
    }

    [Test]
    public async Task An_old_event_without_an_event_time_fails_only_when_the_second_attempt_shows_it_too()
    {
        var outcome = await SuiteProcess.RunAsync(["--fault", "queue-not-cleared", "--only", "QueueClearing"]);

        var finding = Finding(outcome.Results, "SYNC-QUEUE-001");
        finding.Held.Should().BeFalse();
        finding.Actual.Should().Contain("first attempt, events settled 1 s").And.Contain("second attempt, events settled 3 s")
            .And.NotContain("eventGenTime");
    }

    private static Finding Finding(RunResult run, string requirementId) =>
        run.Checks.SelectMany(c => c.Findings).Single(f => f.RequirementId == requirementId);
}
