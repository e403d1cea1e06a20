using System.Reflection;
using System.Text.RegularExpressions;
using AgentGateway.Conformance.Requirements;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Requirements;

[TestFixture]
public sealed partial class GeneratedIdsTests
{
    private static readonly string[] ScannedFolders = ["Checks", "Harness"];

    private static RequirementCatalogue Catalogue => RequirementCatalogue.Load();

    // Every generated constant: its area class, its name as the code writes it (Req.Area.Name) and the ID it stands for.
    internal static IReadOnlyList<(string Area, string Name, string Id)> Constants { get; } = typeof(Req)
        .GetNestedTypes(BindingFlags.Public)
        .SelectMany(area => area.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (area.Name, $"{nameof(Req)}.{area.Name}.{f.Name}", (string)f.GetRawConstantValue()!)))
        .ToList();

    [Test]
    public void Generated_constants_are_exactly_the_catalogue_ids()
    {
        Constants.Select(c => c.Id).Should().BeEquivalentTo(Catalogue.All.Select(r => r.Id))
            .And.OnlyHaveUniqueItems();
    }

    [Test]
    public void Each_constant_lives_in_the_class_of_its_area()
    {
        Constants.Where(c => Catalogue.Get(c.Id).Area != c.Area).Select(c => $"{c.Name} = {c.Id}").Should().BeEmpty();
    }

    [Test]
    public void Each_constant_is_named_after_its_id()
    {
        // SYNC-AUTH-001 is Req.HeaderEnforcement.Auth001.
        Constants.Where(c => !c.Name.EndsWith($".{MemberName(c.Id)}", StringComparison.Ordinal)).Select(c => $"{c.Name} = {c.Id}")
            .Should().BeEmpty();
    }

    [Test]
    public void No_requirement_id_is_written_as_a_string_literal_in_the_checks_or_the_harness()
    {
        var product = RepositoryDirectory("suite", "AgentGateway.Conformance");
        var sources = ScannedFolders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(product, folder), "*.cs", SearchOption.AllDirectories))
            .ToList();

        sources.Should().HaveCountGreaterThan(10, "the checks and the harness are read from the repository");
        var literals = sources
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (file, line, number: index + 1)))
            .Where(l => IdLiteral().IsMatch(l.line))
            .Select(l => $"{Path.GetRelativePath(product, l.file)}:{l.number}: {l.line.Trim()}");

        literals.Should().BeEmpty("a requirement is named by its generated constant, Req.<Area>.<Name>, which the compiler checks");
    }

    private static string MemberName(string id)
    {
        var parts = id.Split('-');
        return $"{parts[1][0]}{parts[1][1..].ToLowerInvariant()}{parts[2]}";
    }

    private static string RepositoryDirectory(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AgentGateway.Conformance.sln")))
            {
                return Path.GetFullPath(Path.Combine([dir.FullName, .. parts]));
            }
        }

        throw new DirectoryNotFoundException("The repository root (AgentGateway.Conformance.sln) is not above the test assembly.");
    }

    [GeneratedRegex(@"""SYNC-[A-Z]+-\d{3}""")]
    private static partial Regex IdLiteral();
}
