using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AgentGateway.Conformance.Requirements;
using AgentGateway.Conformance.Tests.Support;
using FluentAssertions;
using NJsonSchema;
using NJsonSchema.Validation;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Requirements;

[TestFixture]
public sealed class CatalogueTests
{
    private static readonly string SchemasDirectory = Path.Combine(AppContext.BaseDirectory, "schemas");
    private static readonly string CataloguePath = Path.Combine(SchemasDirectory, "requirements.json");
    private static readonly string SchemaPath = Path.Combine(SchemasDirectory, "requirements.schema.json");

    private static readonly string[] AreaOrder =
    [
        "HeaderEnforcement:SYNC-AUTH",
        "AgentIdBounds:SYNC-ID",
        "RetcodeSemantics:SYNC-RET",
        "SchemaConformance:SYNC-SCHEMA",
        "Enumerations:SYNC-ENUM",
        "Consistency:SYNC-CONS",
        "QueueClearing:SYNC-QUEUE",
        "Methods:SYNC-METHOD",
        "GuidRotation:SYNC-ROT",
        "Calls:SYNC-CALL",
    ];

    private static RequirementCatalogue Catalogue => RequirementCatalogue.Load();

    [Test]
    public async Task Catalogue_validates_against_its_schema()
    {
        var errors = await ValidateAsync(await File.ReadAllTextAsync(CataloguePath));

        errors.Should().BeEmpty();
    }

    [Test]
    public async Task Schema_rejects_a_choice_entry_without_a_note()
    {
        var document = JsonNode.Parse(await File.ReadAllTextAsync(CataloguePath))!;
        var requirements = document["requirements"]!.AsArray();
        var index = requirements.Select(r => (string?)r!["basis"]).ToList().IndexOf("choice");
        requirements[index]!.AsObject().Remove("note");

        var errors = await ValidateAsync(document.ToJsonString());

        errors.Should().Contain($"NotAnyOf at #/requirements[{index}]")
            .And.Contain($"PropertyRequired at #/requirements[{index}].note");
    }

    [Test]
    public async Task Schema_rejects_an_id_outside_the_pattern()
    {
        var document = JsonNode.Parse(await File.ReadAllTextAsync(CataloguePath))!;
        document["requirements"]![0]!["id"] = "SYNC-AUTH-1";

        var errors = await ValidateAsync(document.ToJsonString());

        errors.Should().Contain("PatternMismatch at #/requirements[0].id");
    }

    [Test]
    public void Areas_are_the_ten_areas_in_their_order()
    {
        Catalogue.Areas.Select(a => $"{a.Name}:{a.Prefix}").Should().Equal(AreaOrder);
    }

    [Test]
    public void Ids_are_unique()
    {
        Catalogue.All.Select(r => r.Id).Should().OnlyHaveUniqueItems();
    }

    [Test]
    public void Id_prefix_matches_the_area_prefix()
    {
        var prefixes = Catalogue.Areas.ToDictionary(a => a.Name, a => a.Prefix);

        Catalogue.All.Should().AllSatisfy(r =>
        {
            prefixes.Should().ContainKey(r.Area, because: $"{r.Id} names its area");
            r.Id.Should().MatchRegex($"^{Regex.Escape(prefixes[r.Area])}-[0-9]{{3}}$");
        });
    }

    [Test]
    public void Ids_are_numbered_from_001_without_gaps_within_each_area()
    {
        foreach (var area in Catalogue.Areas)
        {
            var ids = Catalogue.All.Where(r => r.Area == area.Name).Select(r => r.Id).ToList();
            var expected = Enumerable.Range(1, ids.Count).Select(n => $"{area.Prefix}-{n:D3}");

            ids.Should().Equal(expected, because: $"area {area.Name} numbers its requirements in order");
        }
    }

    [Test]
    public void Every_area_has_requirements()
    {
        Catalogue.Areas.Should().AllSatisfy(a => Catalogue.All.Should().Contain(r => r.Area == a.Name, because: a.Name));
    }

    [Test]
    public void Choice_entries_carry_a_note()
    {
        Catalogue.All.Where(r => r.Basis == "choice").Should().NotBeEmpty()
            .And.AllSatisfy(r => r.Note.Should().NotBeNullOrWhiteSpace(because: $"{r.Id} is a choice"));
    }

    [Test]
    public void Levels_are_read_as_written_in_the_catalogue()
    {
        var raw = JsonNode.Parse(File.ReadAllText(CataloguePath))!["requirements"]!.AsArray()
            .Select(r => $"{(string?)r!["id"]}:{(string?)r["level"]}");

        Catalogue.All.Select(r => $"{r.Id}:{r.Level.ToString().ToUpperInvariant()}").Should().Equal(raw);
    }

    [Test]
    public void Every_rulings_topic_is_named_by_a_requirement_source()
    {
        var readme = Repository.Find() is { } root ? Path.GetFullPath(Path.Combine(root, "..", "shared", "spec", "README.md")) : null;
        if (readme is null || !File.Exists(readme))
        {
            Assert.Ignore("../shared/spec/README.md beside the repository is absent, so the rulings table cannot be read.");
        }

        var topics = RulingsTopics(File.ReadAllLines(readme));
        topics.Should().NotBeEmpty("the README holds a rulings table");

        var unnamed = topics.Where(t => !Catalogue.All.Any(r => r.Source.Contains($"ruling '{t}'", StringComparison.Ordinal)));

        unnamed.Should().BeEmpty("every ruling is the source of at least one requirement");
    }

    [Test]
    public void Get_throws_for_an_unknown_id_naming_it()
    {
        var act = () => Catalogue.Get("SYNC-AUTH-999");

        act.Should().Throw<KeyNotFoundException>().WithMessage("*SYNC-AUTH-999*");
    }

    [Test]
    public void Get_returns_the_requirement_with_that_id()
    {
        var requirement = Catalogue.Get("SYNC-AUTH-001");

        requirement.Id.Should().Be("SYNC-AUTH-001");
        requirement.Area.Should().Be("HeaderEnforcement");
    }

    [Test]
    public void Contains_tells_known_from_unknown_ids()
    {
        Catalogue.Contains("SYNC-QUEUE-001").Should().BeTrue();
        Catalogue.Contains("SYNC-QUEUE-999").Should().BeFalse();
    }

    [Test]
    public void Load_returns_the_same_catalogue_for_the_same_file()
    {
        RequirementCatalogue.Load(CataloguePath).Should().BeSameAs(RequirementCatalogue.Load());
    }

    private static async Task<List<string>> ValidateAsync(string json)
    {
        var schema = await JsonSchema.FromFileAsync(SchemaPath);
        return Flatten(schema.Validate(json)).Select(e => $"{e.Kind} at {e.Path}").ToList();
    }

    // NJsonSchema nests the errors of array items and of anyOf branches; list them all, outer first.
    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => e is ChildSchemaValidationError child
            ? child.Errors.Values.SelectMany(Flatten).Prepend(e)
            : [e]);

    private static List<string> RulingsTopics(string[] lines)
    {
        var table = lines
            .SkipWhile(l => l.Trim() != "## Rulings")
            .Skip(1)
            .TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .Where(l => l.TrimStart().StartsWith('|'))
            .Select(l => l.Split('|')[1].Trim())
            .ToList();

        // The first row is the header, the second the separator.
        return table.Skip(2).Where(t => t.Length > 0).ToList();
    }
}
