using System.Reflection;
using AgentGateway.Conformance.Harness;
using AgentGateway.Conformance.Requirements;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Checks;

[TestFixture]
public sealed class RequirementCoverageTests
{
    private static readonly IReadOnlyList<MethodInfo> Checks = typeof(ConformanceTest).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(ConformanceTest)) && !t.IsAbstract)
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        .Where(m => m.GetCustomAttributes().Any(a => a is TestAttribute or TestCaseAttribute or TestCaseSourceAttribute))
        .ToList();

    private static IEnumerable<string> NamedBy(MethodInfo check) => check.GetCustomAttribute<RequirementAttribute>()?.Ids ?? [];

    [Test]
    public void There_are_checks() => Checks.Should().HaveCountGreaterThan(40);

    [Test]
    public void Every_check_names_at_least_one_requirement() =>
        Checks.Where(c => !NamedBy(c).Any()).Select(c => $"{c.DeclaringType!.Name}.{c.Name}").Should().BeEmpty();

    [Test]
    public void Every_requirement_a_check_names_is_in_the_catalogue()
    {
        var catalogue = RequirementCatalogue.Load();

        Checks.SelectMany(NamedBy).Distinct().Where(id => !catalogue.Contains(id)).Should().BeEmpty();
    }

    [Test]
    public void Every_requirement_of_the_catalogue_has_a_check()
    {
        var named = Checks.SelectMany(NamedBy).ToHashSet();

        RequirementCatalogue.Load().All.Select(r => r.Id).Where(id => !named.Contains(id)).Should().BeEmpty();
    }

    [Test]
    public void Every_check_lives_in_the_folder_of_its_requirements_area()
    {
        var catalogue = RequirementCatalogue.Load();

        var misplaced = Checks
            .Where(c => NamedBy(c).Any(id => c.DeclaringType!.Namespace != $"AgentGateway.Conformance.Checks.{catalogue.Get(id).Area}"))
            .Select(c => $"{c.DeclaringType!.FullName}.{c.Name}");

        misplaced.Should().BeEmpty();
    }

    [Test]
    public void Check_names_are_snake_case_requirement_sentences() =>
        Checks.Select(c => c.Name).Where(n => n.Contains("__", StringComparison.Ordinal) || !n.Contains('_', StringComparison.Ordinal) || !char.IsUpper(n[0]))
            .Should().BeEmpty();
}
