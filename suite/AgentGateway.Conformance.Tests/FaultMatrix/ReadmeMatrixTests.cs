using AgentGateway.Conformance.FaultMatrix;
using AgentGateway.Conformance.Requirements;
using AgentGateway.Conformance.Tests.Support;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.FaultMatrix;

/// <summary>The README's generated sections are the ones the data gives; AGW_UPDATE_README=1 rewrites them in place.</summary>
public sealed class ReadmeMatrixTests
{
    [Test]
    public void The_readme_shows_the_fault_matrix_of_the_data() =>
        ExpectSection(FaultMatrixMarkdown.Begin, FaultMatrixMarkdown.End, FaultMatrixMarkdown.Render(FaultMatrixData.Load(), RequirementCatalogue.Load()));

    [Test]
    public void The_readme_shows_what_the_suite_does_not_check() =>
        ExpectSection(
            UncheckedTopicsMarkdown.Begin,
            UncheckedTopicsMarkdown.End,
            UncheckedTopicsMarkdown.Render(UncheckedTopic.Load(), RequirementCatalogue.Load(), FaultMatrixData.Load()));

    private static void ExpectSection(string beginMarker, string endMarker, string rendered)
    {
        var readme = Repository.File("README.md");
        var text = File.ReadAllText(readme).ReplaceLineEndings("\n");
        var begin = text.IndexOf(beginMarker, StringComparison.Ordinal);
        var end = text.IndexOf(endMarker, StringComparison.Ordinal);
        begin.Should().BeGreaterThan(0, "the README marks where the section goes");
        end.Should().BeGreaterThan(begin);

        var start = begin + beginMarker.Length + 1;
        var expected = rendered.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("AGW_UPDATE_README") == "1")
        {
            File.WriteAllText(readme, text[..start] + expected + text[end..]);
            return;
        }

        text[start..end].Should().Be(expected, "the README's generated sections must be regenerated: AGW_UPDATE_README=1 dotnet test");
    }
}
