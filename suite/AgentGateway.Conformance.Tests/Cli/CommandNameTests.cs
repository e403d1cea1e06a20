using AgentGateway.Conformance.Cli;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Cli;

[TestFixture]
public sealed class CommandNameTests
{
    [TestCase("/home/user/.dotnet/tools/agw-conformance", CommandName.Tool)]
    [TestCase(@"C:\Users\user\.dotnet\tools\agw-conformance.exe", CommandName.Tool)]
    [TestCase("/usr/share/dotnet/dotnet", CommandName.Script)]
    [TestCase("/opt/agw-conformance-old/dotnet", CommandName.Script)]
    [TestCase(null, CommandName.Script)]
    public void The_suite_names_itself_after_the_program_it_was_started_as(string? processPath, string expected) =>
        CommandName.Of(processPath?.Replace('\\', Path.DirectorySeparatorChar)).Should().Be(expected);
}
