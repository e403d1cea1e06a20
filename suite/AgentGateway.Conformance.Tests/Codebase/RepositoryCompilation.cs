using System.Reflection;
using System.Xml.Linq;
using AgentGateway.Conformance.Generators;
using AgentGateway.Conformance.Tests.Support;
using AgentGateway.Reference.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace AgentGateway.Conformance.Tests.Codebase;

/// <summary>
/// The repository's C# projects compiled in memory from their sources, each against the projects it references, with
/// the usings the SDK adds, the requirement ID constants and the GatewayFault enum of the generators, as the build compiles them.
/// </summary>
internal sealed class RepositoryCompilation
{
    private static readonly string[] ImplicitUsings =
    [
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks",
    ];

    /// <summary>What Microsoft.NET.Sdk.Web adds to the implicit usings.</summary>
    private static readonly string[] WebUsings =
    [
        .. ImplicitUsings, "System.Net.Http.Json", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Routing", "Microsoft.Extensions.Configuration",
        "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging",
    ];

    /// <summary>The folders of a project that the build writes, whose sources are generated.</summary>
    private static readonly string[] BuildOutputs = ["bin", "obj"];

    /// <summary>Every project, each after the projects it references.</summary>
    private static readonly Project[] Projects =
    [
        new("suite/AgentGateway.Conformance.Generators", IsProduct: true, [], ImplicitUsings),
        new("suite/AgentGateway.Reference.Generators", IsProduct: true, [], ImplicitUsings),
        new("suite/AgentGateway.Reference", IsProduct: true, [], WebUsings, OutputKind.ConsoleApplication),
        new("suite/AgentGateway.Conformance", IsProduct: true, ["AgentGateway.Reference"], ImplicitUsings),
        new("suite/AgentGateway.Reference.Tests", IsProduct: false, ["AgentGateway.Reference"], ImplicitUsings),
        new(
            "suite/AgentGateway.Conformance.Tests",
            IsProduct: false,
            ["AgentGateway.Conformance", "AgentGateway.Reference", "AgentGateway.Conformance.Generators", "AgentGateway.Reference.Generators"],
            ImplicitUsings),
        new("bench/AgentGateway.Benchmarks", IsProduct: false, ["AgentGateway.Conformance", "AgentGateway.Reference"], ImplicitUsings),
    ];

    private RepositoryCompilation(IReadOnlyList<CSharpCompilation> compilations, IReadOnlySet<SyntaxTree> productTrees)
    {
        Compilations = compilations;
        ProductTrees = productTrees;
    }

    /// <summary>Every project's compilation: the product's, the tests' and the benchmarks'.</summary>
    public IReadOnlyList<CSharpCompilation> Compilations { get; }

    /// <summary>The source files of the product: the suite, the reference gateway and the generator.</summary>
    public IReadOnlySet<SyntaxTree> ProductTrees { get; }

    /// <summary>The assemblies of the framework and of the packages the test runs with.</summary>
    public static IReadOnlyList<MetadataReference> References { get; } = LoadReferences();

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Preview);

    public static RepositoryCompilation Load()
    {
        var root = Repository.Root;
        var compilations = new Dictionary<string, CSharpCompilation>(StringComparer.Ordinal);
        var productTrees = new HashSet<SyntaxTree>();
        foreach (var project in Projects)
        {
            var folder = Path.Combine(root, project.Folder);
            var name = Path.GetFileName(project.Folder);
            var trees = Sources(folder).Append(Usings(project.Usings)).Append(InternalsVisibleTo(folder, name)).ToList();
            var compilation = CSharpCompilation.Create(
                name,
                trees,
                [.. References, .. project.References.Select(r => compilations[r].ToMetadataReference())],
                new CSharpCompilationOptions(project.Output));
            if (name == "AgentGateway.Conformance")
            {
                compilation = WithRequirementIds(compilation, root);
            }
            else if (name == "AgentGateway.Reference")
            {
                compilation = WithGatewayFaults(compilation);
            }

            compilations[name] = compilation;
            if (project.IsProduct)
            {
                productTrees.UnionWith(trees.Where(t => t.FilePath.StartsWith(folder, StringComparison.Ordinal)));
            }
        }

        return new RepositoryCompilation([.. compilations.Values], productTrees);
    }

    /// <summary>
    /// The errors in the compilations' syntax and declarations, where a missing reference, using or generated constant
    /// shows, less those the build avoids with what this compilation leaves out: the benchmarks' BenchmarkDotNet, which
    /// the test does not reference, and the regular expressions of [GeneratedRegex], whose generator it does not run.
    /// Every use of the product in the benchmarks still binds.
    /// </summary>
    public IReadOnlyList<string> Errors() =>
        Compilations
            .Where(c => c.AssemblyName != "AgentGateway.Benchmarks")
            .SelectMany(c => c.GetParseDiagnostics().Concat(c.GetDeclarationDiagnostics()))
            .Where(d => d.Severity == DiagnosticSeverity.Error && d.Id != "CS8795")
            .Select(d => d.ToString())
            .ToList();

    public static SyntaxTree Parse(string source, string path = "") => CSharpSyntaxTree.ParseText(source, ParseOptions, path);

    private static IEnumerable<SyntaxTree> Sources(string folder)
    {
        var outputs = BuildOutputs.Select(o => Path.Combine(folder, o) + Path.DirectorySeparatorChar).ToList();
        return Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(file => !outputs.Any(o => file.StartsWith(o, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .Select(file => Parse(File.ReadAllText(file), file));
    }

    private static SyntaxTree Usings(IEnumerable<string> namespaces) =>
        Parse(string.Concat(namespaces.Select(n => $"global using {n};\n")));

    /// <summary>The project's InternalsVisibleTo items, as the SDK writes them into the assembly.</summary>
    private static SyntaxTree InternalsVisibleTo(string folder, string name)
    {
        var friends = XDocument.Load(Path.Combine(folder, name + ".csproj")).Descendants("InternalsVisibleTo")
            .Select(item => (string?)item.Attribute("Include"));
        return Parse(string.Concat(friends.Select(f => $"[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"{f}\")]\n")));
    }

    /// <summary>The suite with the Req constants that the generator makes of the catalogue.</summary>
    private static CSharpCompilation WithRequirementIds(CSharpCompilation suite, string root)
    {
        var catalogue = new FileText(Path.Combine(root, "schemas", "requirements.json"));
        CSharpGeneratorDriver.Create([new RequirementIdsGenerator().AsSourceGenerator()], [catalogue], ParseOptions)
            .RunGeneratorsAndUpdateCompilation(suite, out var withIds, out _);
        return (CSharpCompilation)withIds;
    }

    /// <summary>The reference gateway with the GatewayFault enum that the generator makes of its fault classes.</summary>
    private static CSharpCompilation WithGatewayFaults(CSharpCompilation gateway)
    {
        CSharpGeneratorDriver.Create([new GatewayFaultGenerator().AsSourceGenerator()], parseOptions: ParseOptions)
            .RunGeneratorsAndUpdateCompilation(gateway, out var withFaults, out _);
        return (CSharpCompilation)withFaults;
    }

    private static List<MetadataReference> LoadReferences()
    {
        // The trusted platform assemblies are the framework's and the packages the test runs with; the projects' own
        // assemblies are compiled here from their sources instead.
        var loaded = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).ToList();
        var names = loaded.Select(Path.GetFileName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var packages = Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll").Where(file => !names.Contains(Path.GetFileName(file)));
        return
        [
            .. loaded.Concat(packages)
                .Where(file => !Path.GetFileName(file).StartsWith("AgentGateway.", StringComparison.Ordinal) && IsManaged(file))
                .Select(file => MetadataReference.CreateFromFile(file)),
        ];
    }

    private static bool IsManaged(string file)
    {
        try
        {
            AssemblyName.GetAssemblyName(file);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    private sealed record Project(
        string Folder, bool IsProduct, string[] References, string[] Usings, OutputKind Output = OutputKind.DynamicallyLinkedLibrary);

    private sealed class FileText(string path) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(path));
    }
}
