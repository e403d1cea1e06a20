using AgentGateway.Conformance.Cli;
using AgentGateway.Conformance.Reports;
using AgentGateway.Conformance.Results;
using AgentGateway.Conformance.Tests.Support;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Cli;

/// <summary>
/// The suite as a .NET tool, as a user gets it: the sources copied out of the checkout (so nothing built here is
/// reused), <c>dotnet pack</c>, <c>dotnet tool install</c> into a tool path of its own from that folder alone, then
/// <c>agw-conformance</c> run from an empty folder against the embedded gateway, with <c>--help</c>, and against a
/// target that is not there.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class ToolPackageTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromMinutes(6);

    private static readonly string[] Sources =
    [
        "Directory.Build.props", "Directory.Packages.props", "global.json", "BannedSymbols.txt", "README.md", "schemas", "fixtures",
        "suite/AgentGateway.Conformance", "suite/AgentGateway.Conformance.Generators",
        "suite/AgentGateway.Reference", "suite/AgentGateway.Reference.Generators",
    ];

    private DirectoryInfo _folder = null!;
    private string _tool = null!;

    [OneTimeSetUp]
    public async Task PackAndInstall()
    {
        _folder = Directory.CreateTempSubdirectory("agw-tool-");
        var source = Path.Combine(_folder.FullName, "source");
        foreach (var path in Sources)
        {
            Copy(Repository.File(path), Path.Combine(source, path));
        }

        var packages = Path.Combine(_folder.FullName, "packages");
        var pack = await Dotnet(source, "pack", "suite/AgentGateway.Conformance", "-c", "Release", "-o", packages, "--nologo");
        pack.ExitCode.Should().Be(0, pack.Output);

        // Only the packed folder is a source: everything the tool needs is inside its package.
        var config = Path.Combine(_folder.FullName, "nuget.config");
        await File.WriteAllTextAsync(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="packed" value="{packages}" />
              </packageSources>
            </configuration>
            """);
        var tools = Path.Combine(_folder.FullName, "tools");
        var install = await Dotnet(_folder.FullName, "tool", "install", "--tool-path", tools, "--configfile", config, "AgentGateway.Conformance");
        install.ExitCode.Should().Be(0, install.Output);
        _tool = Path.Combine(tools, CommandName.Tool);
    }

    [OneTimeTearDown]
    public void RemoveFolder() => _folder.Delete(recursive: true);

    [Test]
    public async Task The_installed_tool_runs_clean_against_the_embedded_gateway_from_an_empty_folder()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_folder.FullName, "empty"));

        var run = await Run(_tool, empty.FullName);

        run.ExitCode.Should().Be(ExitCodes.Conformant, run.Output);
        run.Output.Should().Contain("Verdict: CONFORMANT");
        var reports = Path.Combine(empty.FullName, "reports");
        Directory.GetFiles(reports).Select(Path.GetFileName).Should()
            .BeEquivalentTo(ResultsJsonWriter.FileName, JUnitReportWriter.FileName, HtmlReportWriter.FileName);
        var results = ResultsJsonWriter.Read(await File.ReadAllTextAsync(Path.Combine(reports, ResultsJsonWriter.FileName)));
        results.Verdict.Should().Be(Verdict.Conformant);
        results.Target!.Embedded.Should().BeTrue();
        results.Checks.Should().HaveCountGreaterThan(90, "the tool carries every check, the catalogue and the schemas");
    }

    [Test]
    public async Task The_installed_tool_writes_a_certification_package_and_verifies_it()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder.FullName, "certify"));

        var run = await Run(_tool, folder.FullName, "--only", "HeaderEnforcement", "--package", "certification.zip");
        var verify = await Run(_tool, folder.FullName, "verify", "certification.zip");

        run.ExitCode.Should().Be(ExitCodes.Conformant, run.Output);
        verify.ExitCode.Should().Be(VerifyExitCodes.NotAuthenticated, verify.Output);
        verify.Output.Should().StartWith("UNSIGNED");
    }

    [Test]
    public async Task The_installed_tool_names_itself_in_its_help()
    {
        var help = await Run(_tool, _folder.FullName, "--help");

        help.ExitCode.Should().Be(ExitCodes.Conformant, help.Output);
        help.Output.Should().StartWith($"Usage: {CommandName.Tool} [options]").And.Contain("--target URL").And.NotContain(CommandName.Script);
    }

    [Test]
    public async Task The_installed_tool_exits_as_run_sh_does_when_the_target_is_not_there()
    {
        var run = await Run(_tool, _folder.FullName, "--target", "https://127.0.0.1:9", "--agents", "101:pw,102:pw", "--reports", "unreachable");

        run.ExitCode.Should().Be(ExitCodes.ConfigurationOrPreflight, run.Output);
    }

    private static void Copy(string from, string to)
    {
        if (File.Exists(from))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(from, to);
            return;
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.Split(Path.DirectorySeparatorChar)[0] is not ("bin" or "obj"))
            {
                Copy(file, Path.Combine(to, relative));
            }
        }
    }

    private static Task<(int ExitCode, string Output)> Dotnet(string directory, params string[] arguments) =>
        Run(ChildProcess.Dotnet, directory, arguments);

    private static async Task<(int ExitCode, string Output)> Run(string program, string directory, params string[] arguments)
    {
        using var child = ChildProcess.Start(ChildProcess.StartInfo(program, directory, arguments));
        return await child.WaitAsync(Budget, $"{program} {string.Join(' ', arguments)}");
    }
}
