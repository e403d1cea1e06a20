using AgentGateway.Conformance.FaultMatrix;
using AgentGateway.Conformance.Requirements;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.FaultMatrix;

/// <summary>The README's fault matrix is the one the data gives; AGW_UPDATE_README=1 rewrites it in place.</summary>
public sealed class ReadmeMatrixTests
{
    [Test]
    public void The_readme_shows_the_fault_matrix_of_the_data()
    {
        var readme = Path.Combine(RepositoryRoot(), "README.md");
        var text = File.ReadAllText(readme).ReplaceLineEndings("\n");
        var begin = text.IndexOf(FaultMatrixMarkdown.Begin, StringComparison.Ordinal);
        var end = text.IndexOf(FaultMatrixMarkdown.End, StringComparison.Ordinal);
        begin.Should().BeGreaterThan(0, "the README marks where the fault matrix goes");
        end.Should().BeGreaterThan(begin);

        var start = begin + FaultMatrixMarkdown.Begin.Length + 1;
        var expected = FaultMatrixMarkdown.Render(FaultMatrixData.Load(), RequirementCatalogue.Load()).ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("AGW_UPDATE_README") == "1")
        {
            File.WriteAllText(readme, text[..start] + expected + text[end..]);
            return;
        }

        text[start..end].Should().Be(expected, "the README's matrix must be regenerated: AGW_UPDATE_README=1 dotnet test");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AgentGateway.Conformance.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("The tests run outside the repository.");
    }
}
