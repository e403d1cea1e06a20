using AgentGateway.Conformance.FaultMatrix;
using AgentGateway.Conformance.Requirements;
using AgentGateway.Reference;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.FaultMatrix;

/// <summary>The matrix data itself: a fault without a row, or a requirement nobody proves or excuses, fails here.</summary>
public sealed class FaultMatrixDataTests
{
    private static readonly FaultMatrixData Matrix = FaultMatrixData.Load();
    private static readonly RequirementCatalogue Catalogue = RequirementCatalogue.Load();

    [Test]
    public void Every_fault_mode_has_a_row()
    {
        var withRows = Matrix.Faults.Select(f => f.Fault).ToHashSet(StringComparer.Ordinal);
        GatewayFaults.All.Select(f => f.Name).Where(name => !withRows.Contains(name))
            .Should().BeEmpty("every fault mode needs its expected findings in fixtures/fault-matrix.json");
    }

    [Test]
    public void Every_row_names_a_fault_mode_of_the_gateway()
    {
        var names = GatewayFaults.All.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        Matrix.Faults.Where(f => !names.Contains(f.Fault)).Select(f => f.Title).Should().BeEmpty();
    }

    [Test]
    public void Row_names_are_unique() =>
        Matrix.Faults.Select(f => f.Title).Should().OnlyHaveUniqueItems();

    [Test]
    public void Expected_failures_are_must_and_warnings_should_requirements()
    {
        var wrong = Matrix.Faults
            .SelectMany(f => f.Fails.Where(id => !IsLevel(id, RequirementLevel.Must)).Select(id => $"{f.Title}: {id} in fails")
                .Concat(f.Warns.Where(id => !IsLevel(id, RequirementLevel.Should)).Select(id => $"{f.Title}: {id} in warns")))
            .ToList();
        wrong.Should().BeEmpty("a MUST requirement can only FAIL and a SHOULD one only WARN");
    }

    [Test]
    public void Every_row_expects_at_least_one_finding() =>
        Matrix.Faults.Where(f => f.Fails.Count + f.Warns.Count == 0).Select(f => f.Title).Should().BeEmpty(
            "a fault the suite cannot see proves nothing");

    [Test]
    public void Every_requirement_is_proven_by_a_fault_or_listed_as_unproven()
    {
        var proven = Matrix.Proven();
        var unproven = Matrix.Unproven.Select(u => u.Requirement).ToHashSet(StringComparer.Ordinal);
        Catalogue.All.Select(r => r.Id).Where(id => !proven.Contains(id) && !unproven.Contains(id))
            .Should().BeEmpty("a requirement no fault breaks must be listed under 'unproven' with a reason");
        unproven.Where(proven.Contains).Should().BeEmpty("a requirement a fault proves is no longer unproven");
        unproven.Where(id => !Catalogue.Contains(id)).Should().BeEmpty();
        Matrix.Unproven.Where(u => string.IsNullOrWhiteSpace(u.Reason)).Should().BeEmpty();
    }

    [Test]
    public void Every_hostile_mode_has_a_row_and_every_row_names_one()
    {
        var rows = Matrix.Hostile.Select(h => h.Hostile).ToList();
        rows.Should().OnlyHaveUniqueItems();
        GatewayHostilities.All.Select(h => h.Name).Should().BeEquivalentTo(rows, "every hostile mode needs its row, and every row a mode");
    }

    [Test]
    public void Hostile_rows_expect_must_failures_and_clean_runs_only_should_warnings()
    {
        Matrix.Hostile.Where(h => h.Fails.Count == 0 || h.Fails.Any(id => !IsLevel(id, RequirementLevel.Must)))
            .Select(h => h.Hostile).Should().BeEmpty("a hostile gateway must fail MUST requirements, never pass or only warn");
        Matrix.CleanRuns.SelectMany(c => c.Warns.Where(id => !IsLevel(id, RequirementLevel.Should)).Select(id => $"{c.Name}: {id}"))
            .Should().BeEmpty("a conformant variation may only warn");
    }

    [Test]
    public void Every_variation_has_a_clean_run()
    {
        var arguments = Matrix.CleanRuns.SelectMany(c => c.Arguments.SkipWhile(a => a != "--variation").Skip(1).Take(1))
            .SelectMany(a => a.Split(','))
            .ToHashSet(StringComparer.Ordinal);
        GatewayVariations.All.Select(v => v.Name).Where(name => !arguments.Contains(name))
            .Should().BeEmpty("a conformant variation proves nothing until the suite has run clean against it");
    }

    private static bool IsLevel(string id, RequirementLevel level) => Catalogue.Contains(id) && Catalogue.Get(id).Level == level;
}
