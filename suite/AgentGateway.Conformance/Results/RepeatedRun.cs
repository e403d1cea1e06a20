using AgentGateway.Conformance.Requirements;
using AgentGateway.Conformance.Schemas;

namespace AgentGateway.Conformance.Results;

/// <summary>
/// Makes one run of the rounds of a repeated run (<c>run.sh --repeat N</c>): the same checks against the same target
/// with the same seed, N times. A check that ended the same way in every round shows its last round; a check that did
/// not is flaky, and shows the round with its most telling status, FAIL before WARN before PASS before ERROR before
/// SKIP. The verdict then treats a flaky failure as undecided (<see cref="VerdictRules"/>): a check that cannot tell
/// an intermittent deviation from its own timing does not judge.
/// </summary>
public static class RepeatedRun
{
    /// <summary>The reports folder of round <paramref name="round"/> (from 1), inside the repeated run's: <c>round-1</c>.</summary>
    public static string FolderOf(int round) => $"round-{round}";

    /// <summary>The rounds as one run, summarised against <paramref name="catalogue"/> with its coverage.</summary>
    public static RunResult Combine(IReadOnlyList<RunResult> rounds, RequirementCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(rounds);
        ArgumentNullException.ThrowIfNull(catalogue);
        if (rounds.Count == 0)
        {
            throw new ArgumentException("A repeated run needs at least one round.", nameof(rounds));
        }

        var results = new Dictionary<string, List<(int Round, CheckResult Check)>>(StringComparer.Ordinal);
        var order = new List<string>();
        for (var i = 0; i < rounds.Count; i++)
        {
            foreach (var check in rounds[i].Checks)
            {
                if (!results.TryGetValue(check.Key, out var seen))
                {
                    results[check.Key] = seen = [];
                    order.Add(check.Key);
                }

                seen.Add((i + 1, check));
            }
        }

        var checks = new List<CheckResult>();
        var flaky = new List<FlakyCheck>();
        foreach (var key in order)
        {
            var seen = results[key];
            if (seen.Select(s => s.Check.Status).Distinct().Count() == 1)
            {
                checks.Add(seen[^1].Check);
                continue;
            }

            var shown = seen.MaxBy(s => Telling(s.Check.Status));
            checks.Add(shown.Check);
            flaky.Add(new FlakyCheck { Key = key, Statuses = [.. seen.Select(s => s.Check.Status)], ShownRound = shown.Round });
        }

        var first = rounds[0];
        var last = rounds[^1];
        var run = (last with
        {
            Started = first.Started,
            Finished = last.Finished,
            Target = last.Target is { } target
                ? target with { GuidRotationsObserved = rounds.Sum(r => r.Target?.GuidRotationsObserved ?? 0) }
                : null,
            SetupError = rounds.Select(r => r.SetupError).FirstOrDefault(e => e is not null),
            Interrupted = rounds.Select(r => r.Interrupted).FirstOrDefault(i => i is not null),
            CallsNotTested = rounds.Any(r => r.CallsNotTested),
            Checks = checks,
            Rounds = new RunRounds
            {
                Rounds = [.. rounds.Select((r, i) => new RoundOutcome
                {
                    Round = i + 1,
                    Folder = FolderOf(i + 1),
                    Verdict = r.Verdict,
                    Wording = r.Summary.Wording,
                    Started = r.Started,
                    Finished = r.Finished,
                })],
                Flaky = flaky,
            },
            Coverage = null,
        }).Summarised(catalogue);
        return run with { Coverage = RunCoverage.Of(run, catalogue, PublishedTables.Load(), UncheckedTopic.Load()) };
    }

    /// <summary>How much a status tells about the gateway: a FAIL is evidence of a deviation, a SKIP of nothing.</summary>
    private static int Telling(CheckStatus status) => status switch
    {
        CheckStatus.Fail => 4,
        CheckStatus.Warn => 3,
        CheckStatus.Pass => 2,
        CheckStatus.Error => 1,
        _ => 0,
    };
}
