using System.Text.RegularExpressions;
using AgentGateway.Conformance.Requirements;
using AgentGateway.Conformance.Tests.Support;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Requirements;

/// <summary>
/// A FAIL must rest on something a vendor cannot argue with: the published page, a ruling that makes it a FAIL, or an
/// RFC. And no check may judge a requirement at another level than the catalogue gives it.
/// </summary>
[TestFixture]
public sealed partial class RequirementLevelsTests
{
    private static RequirementCatalogue Catalogue => RequirementCatalogue.Load();

    [Test]
    public void Every_must_requirement_rests_on_the_page_a_failing_ruling_or_an_rfc()
    {
        var readme = Repository.File("..", "shared", "spec", "README.md");
        if (!File.Exists(readme))
        {
            Assert.Ignore("../shared/spec/README.md beside the repository is absent, so the rulings table cannot be read.");
        }

        var failing = FailingRulings(File.ReadAllLines(readme));
        failing.Should().Contain("Business errors").And.Contain("Transport");

        var unfounded = Catalogue.All
            .Where(r => r.Level == RequirementLevel.Must)
            .Where(r => !r.Source.Contains("syncagentinfo.txt", StringComparison.Ordinal)
                && !RfcSection().IsMatch(r.Source)
                && !failing.Any(topic => r.Source.Contains($"ruling '{topic}'", StringComparison.Ordinal)))
            .Select(r => $"{r.Id}: {r.Source}");

        unfounded.Should().BeEmpty("a MUST names the page, a ruling whose outcome is a FAIL, or an RFC section");
    }

    [Test]
    public void Instruments_of_the_suite_are_judged_as_should()
    {
        // Polling and sign-in are how the suite works the interface, not the interface under test.
        Catalogue.Get("SYNC-SCHEMA-008").Level.Should().Be(RequirementLevel.Should);
        Catalogue.Get("SYNC-SCHEMA-009").Level.Should().Be(RequirementLevel.Should);
    }

    [Test]
    public void No_check_judges_a_requirement_at_another_level_than_the_catalogue()
    {
        // Req.HeaderEnforcement.Auth001 and the like, as the checks write them, to the IDs they stand for.
        var generated = GeneratedIdsTests.Constants.ToDictionary(c => c.Name, c => c.Id);
        var judged = new List<(string File, string Call, string Id)>();
        foreach (var file in Directory.EnumerateFiles(Repository.File("suite", "AgentGateway.Conformance"), "*.cs", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            // A file's own aliases, such as `private const string RefusalCode = Req.AgentIdBounds.Id007;`.
            var aliases = Alias().Matches(text)
                .Where(m => generated.ContainsKey(m.Groups["value"].Value))
                .ToDictionary(m => m.Groups["name"].Value, m => generated[m.Groups["value"].Value]);
            foreach (Match call in Judgement().Matches(text))
            {
                var argument = call.Groups["argument"].Value;
                var id = argument.StartsWith('"')
                    ? argument.Trim('"')
                    : generated.GetValueOrDefault(argument) ?? aliases.GetValueOrDefault(argument);
                if (id is not null)
                {
                    judged.Add((Path.GetFileName(file), call.Groups["call"].Value, id));
                }
            }
        }

        judged.Should().HaveCountGreaterThan(30, "the checks judge most requirements by name");
        var wrong = judged
            .Where(j => Catalogue.Get(j.Id).Level != (j.Call.StartsWith("Must", StringComparison.Ordinal) ? RequirementLevel.Must : RequirementLevel.Should))
            .Select(j => $"{j.File}: {j.Call}(\"{j.Id}\") but the catalogue makes it {Catalogue.Get(j.Id).Level}");

        wrong.Should().BeEmpty();
    }

    /// <summary>The rulings whose outcome is a FAIL: a MUST cell, or a cell that names a FAIL outright.</summary>
    private static List<string> FailingRulings(string[] lines) =>
        lines
            .SkipWhile(l => l.Trim() != "## Rulings")
            .Skip(1)
            .TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .Where(l => l.TrimStart().StartsWith('|'))
            .Skip(2)
            .Select(l => l.Split('|'))
            .Where(cells => cells.Length > 3
                && (cells[2].Trim().Length > 0 || cells[3].Contains("is a FAIL", StringComparison.Ordinal)))
            .Select(cells => cells[1].Trim())
            .ToList();

    [GeneratedRegex(@"\bRFC \d+ §\d")]
    private static partial Regex RfcSection();

    [GeneratedRegex(@"const string (?<name>\w+) = (?<value>Req\.\w+\.\w+);")]
    private static partial Regex Alias();

    [GeneratedRegex(@"\b(?<call>(Must|Should)\w*)\(\s*(?<argument>""SYNC-[A-Z]+-\d{3}""|[A-Z][\w.]*)\s*,")]
    private static partial Regex Judgement();
}
