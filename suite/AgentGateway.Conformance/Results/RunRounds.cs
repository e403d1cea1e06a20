namespace AgentGateway.Conformance.Results;

/// <summary>
/// What a repeated run (<c>run.sh --repeat N</c>) saw across its rounds: each round's verdict, and the checks that did
/// not end the same way in every round. A run made once has none.
/// </summary>
public sealed record RunRounds
{
    /// <summary>Each round in order, with the folder holding its own reports.</summary>
    public required IReadOnlyList<RoundOutcome> Rounds { get; init; }

    /// <summary>The checks whose status differed between rounds, in the order of the run.</summary>
    public required IReadOnlyList<FlakyCheck> Flaky { get; init; }

    /// <summary>The flaky check <paramref name="check"/> is; null when it ended alike in every round.</summary>
    public FlakyCheck? FlakyOf(CheckResult check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return Flaky.FirstOrDefault(f => string.Equals(f.Key, check.Key, StringComparison.Ordinal));
    }

    /// <summary>Whether <paramref name="check"/> is one of <see cref="Flaky"/>.</summary>
    public bool IsFlaky(CheckResult check) => FlakyOf(check) is not null;
}

/// <summary>One round of a repeated run: where its reports are, and what it came to on its own.</summary>
public sealed record RoundOutcome
{
    /// <summary>The round's number, from 1.</summary>
    public required int Round { get; init; }

    /// <summary>The round's reports folder, relative to the repeated run's: <c>round-2</c>.</summary>
    public required string Folder { get; init; }

    public required Verdict Verdict { get; init; }

    /// <summary>The round's verdict as its own reports print it.</summary>
    public required string Wording { get; init; }

    public required DateTimeOffset Started { get; init; }
    public required DateTimeOffset Finished { get; init; }
}

/// <summary>
/// A check that ended differently in different rounds. The repeated run shows the evidence of <see cref="ShownRound"/>,
/// the round with the most telling status (a FAIL before a WARN before a PASS); every round's evidence is in that
/// round's reports.
/// </summary>
public sealed record FlakyCheck
{
    /// <summary>The check's fixture and name, as waivers and comparisons name it.</summary>
    public required string Key { get; init; }

    /// <summary>The check's status in each round that made it, in round order.</summary>
    public required IReadOnlyList<CheckStatus> Statuses { get; init; }

    /// <summary>The round (from 1) whose result of the check the repeated run shows.</summary>
    public required int ShownRound { get; init; }
}
