namespace AgentGateway.Conformance.FaultMatrix;

/// <summary>
/// One row of the fault matrix: a fault mode of the reference gateway (with the run options it needs) and exactly
/// the requirements the suite must find broken: MUST ones as FAIL, SHOULD ones as WARN.
/// </summary>
public sealed record FaultExpectation
{
    /// <summary>The row's name; the fault's own name unless one fault has several rows.</summary>
    public string? Name { get; init; }

    /// <summary>The fault's command-line name, as <c>--list-faults</c> prints it.</summary>
    public required string Fault { get; init; }

    /// <summary>Further <c>run.sh</c> options of the row, such as <c>--profile strict</c>.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    public required IReadOnlyList<string> Fails { get; init; }
    public required IReadOnlyList<string> Warns { get; init; }

    /// <summary>Why the row expects what it does, where that is not plain from the fault.</summary>
    public string? Note { get; init; }

    public string Title => Name ?? Fault;

    public override string ToString() => Title;
}

/// <summary>A run against the conformant gateway that must come out with no FAIL and no ERROR.</summary>
public sealed record CleanRun(string Name, IReadOnlyList<string> Arguments)
{
    public override string ToString() => Name;
}

/// <summary>A requirement no fault mode breaks yet, and why.</summary>
public sealed record UnprovenRequirement(string Requirement, string Reason);
