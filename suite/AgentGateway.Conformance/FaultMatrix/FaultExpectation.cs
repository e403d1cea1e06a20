using AgentGateway.Reference;

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

    /// <summary>What the faulty gateway does, then why the row expects what it does: the text both renderings show.</summary>
    public string What => WithNote(GatewayFaults.Describe(GatewayFaults.Parse(Fault)).Description, Note);

    internal static string WithNote(string text, string? note, string separator = " ") => note is null ? text : $"{text}{separator}{note}";

    public override string ToString() => Title;
}

/// <summary>
/// A run against a conformant gateway, in one of the ways the documents allow it to differ from the reference (an
/// AUTHMODE, a profile, late events, an oversized body refused early): it must come out with no FAIL and no ERROR, and
/// exactly the SHOULD requirements listed in <see cref="Warns"/> warned.
/// </summary>
public sealed record CleanRun(string Name, IReadOnlyList<string> Arguments)
{
    /// <summary>The SHOULD requirements this variation warns by design, such as the strict profile's table types.</summary>
    public IReadOnlyList<string> Warns { get; init; } = [];

    /// <summary>Why the run expects what it does, where that is not plain from its name.</summary>
    public string? Note { get; init; }

    /// <summary>The run's name, then its note: the text both renderings show.</summary>
    public string What => FaultExpectation.WithNote(Name, Note, ". ");

    public override string ToString() => Name;
}

/// <summary>
/// A hostile gateway (<c>--hostile NAME</c>): the run must end promptly, in bounded memory, with a verdict of NOT
/// CONFORMANT or INCOMPLETE, exactly the MUST requirements in <see cref="Fails"/> failed, and no suite ERROR.
/// </summary>
public sealed record HostileExpectation
{
    /// <summary>The hostile mode's command-line name, as <c>--list-hostile</c> of the reference gateway prints it.</summary>
    public required string Hostile { get; init; }

    /// <summary>Further <c>run.sh</c> options of the row, such as a short <c>--request-timeout</c>.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    public required IReadOnlyList<string> Fails { get; init; }

    /// <summary>Why the row expects what it does.</summary>
    public string? Note { get; init; }

    /// <summary>What the hostile gateway does, then why the row expects what it does: the text both renderings show.</summary>
    public string What => FaultExpectation.WithNote(GatewayHostilities.Describe(GatewayHostilities.Parse(Hostile)).Description, Note);

    public override string ToString() => Hostile;
}

/// <summary>A requirement no fault mode breaks yet, and why.</summary>
public sealed record UnprovenRequirement(string Requirement, string Reason);
