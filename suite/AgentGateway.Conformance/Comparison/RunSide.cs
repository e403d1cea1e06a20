using AgentGateway.Conformance.Http;
using AgentGateway.Conformance.Results;

namespace AgentGateway.Conformance.Comparison;

/// <summary>
/// One check as one side of a comparison saw it: its status in each round of that side. A side read from the
/// results.json of a run made once has one round; a repeated run's (<c>--repeat</c>) holds the statuses of each of its
/// rounds, and a check that did not keep its status is flaky.
/// </summary>
public sealed record CheckRounds
{
    /// <summary>What matches the check across runs: its fixture and its name, test case arguments included.</summary>
    public required string Key { get; init; }

    public required string Area { get; init; }

    /// <summary>The check as a reader sees it: "Refuses a bad Guid (empty)".</summary>
    public required string Sentence { get; init; }

    public required IReadOnlyList<string> RequirementIds { get; init; }

    /// <summary>The check's status in each round that made it, in round order.</summary>
    public required IReadOnlyList<CheckStatus> Statuses { get; init; }

    /// <summary>The check did not end the same way in every round.</summary>
    public bool Flaky => Statuses.Distinct().Skip(1).Any();

    /// <summary>The status of the last round, which is the status of every round when the check is stable.</summary>
    public CheckStatus Status => Statuses[^1];
}

/// <summary>
/// One side of a comparison (before or after): one or more rounds of the same run, each a <see cref="RunResult"/>.
/// The fingerprint and verdict come from the first round; checks, exchanges and latencies pool every round.
/// </summary>
public sealed record RunSide
{
    /// <summary>Where the side was read from, as the user named it.</summary>
    public required string Source { get; init; }

    public required IReadOnlyList<RunResult> Rounds { get; init; }

    /// <summary>The first round, whose fingerprint and verdict stand for the side.</summary>
    public RunResult Run => Rounds[0];

    /// <summary>Every check any round made, in the order of first appearance.</summary>
    public required IReadOnlyList<CheckRounds> Checks { get; init; }

    /// <summary>Every exchange of every round.</summary>
    public IEnumerable<Exchange> Exchanges => Rounds.SelectMany(r => r.Checks).SelectMany(c => c.Exchanges);

    /// <summary>A side made of <paramref name="rounds"/> of one run (one round for a single results.json).</summary>
    public static RunSide Of(string source, IReadOnlyList<RunResult> rounds)
    {
        ArgumentNullException.ThrowIfNull(rounds);
        if (rounds.Count == 0)
        {
            throw new ArgumentException("A side needs at least one round.", nameof(rounds));
        }

        var checks = new Dictionary<string, (CheckResult First, List<CheckStatus> Statuses)>(StringComparer.Ordinal);
        var order = new List<string>();
        // A repeated run's results.json shows one round of a flaky check, and lists its status in every round.
        var flakyByRound = rounds.Select(r => (r.Rounds?.Flaky ?? []).DistinctBy(f => f.Key, StringComparer.Ordinal)
            .ToDictionary(f => f.Key, f => f.Statuses, StringComparer.Ordinal)).ToList();
        foreach (var (index, check) in rounds.SelectMany((r, i) => r.Checks.Select(c => (i, c))))
        {
            var key = check.Key;
            if (!checks.TryGetValue(key, out var seen))
            {
                seen = (check, []);
                checks[key] = seen;
                order.Add(key);
            }

            seen.Statuses.AddRange(flakyByRound[index].GetValueOrDefault(key) ?? [check.Status]);
        }

        return new RunSide
        {
            Source = source,
            Rounds = rounds,
            Checks = [.. order.Select(key => new CheckRounds
            {
                Key = key,
                Area = checks[key].First.Area,
                Sentence = checks[key].First.Sentence,
                RequirementIds = checks[key].First.RequirementIds,
                Statuses = checks[key].Statuses,
            })],
        };
    }
}
