using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AgentGateway.Conformance.Generators;

/// <summary>
/// Generates <c>AgentGateway.Conformance.Requirements.Req</c>: one nested class per requirement area, one constant per
/// requirement of <c>schemas/requirements.json</c> (the AdditionalFiles item named <c>requirements.json</c>), so that a
/// check names its requirement as <c>Req.HeaderEnforcement.Auth001</c> and a misspelt ID does not compile.
/// </summary>
/// <remarks>
/// The catalogue is read by <see cref="JsonReader"/>, a strict RFC 8259 reader of a few hundred lines, rather than by
/// System.Text.Json. A generator must target netstandard2.0, where System.Text.Json is a package: it would have to ship
/// beside the generator with its own dependencies (System.Memory, System.Buffers, System.Text.Encodings.Web,
/// Microsoft.Bcl.AsyncInterfaces, ...), and which copy gets loaded then depends on the host: the .NET compiler binds the
/// framework's own, Visual Studio's .NET Framework host loads the shipped ones or whatever another analyser loaded first.
/// The reader has no dependency to resolve, behaves the same in every host, and the catalogue needs no more of JSON.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class RequirementIdsGenerator : IIncrementalGenerator
{
    private const string CatalogueFileName = "requirements.json";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var catalogues = context.AdditionalTextsProvider
            .Where(static file => string.Equals(Path.GetFileName(file.Path), CatalogueFileName, StringComparison.OrdinalIgnoreCase))
            .Select(static (file, cancellation) => Read(file.Path, file.GetText(cancellation)))
            .Collect();

        context.RegisterSourceOutput(catalogues, static (output, results) => Emit(output, results));
    }

    private static CatalogueOutput Read(string path, SourceText? text)
    {
        if (text is null)
        {
            var unread = new CatalogueProblem(Diagnostics.Unreadable.Id, "The catalogue cannot be read from disk", default, default);
            return new CatalogueOutput(path, null, [unread]);
        }

        var reader = CatalogueReader.Read(text);
        var source = reader.Readable ? RequirementIdsSource.Write(reader.Areas, reader.Requirements) : null;
        return new CatalogueOutput(path, source, reader.Problems);
    }

    private static void Emit(SourceProductionContext output, ImmutableArray<CatalogueOutput> catalogues)
    {
        if (catalogues.Length == 0)
        {
            output.ReportDiagnostic(Diagnostic.Create(Diagnostics.NoCatalogue, Location.None));
            return;
        }

        if (catalogues.Length > 1)
        {
            foreach (var catalogue in catalogues)
            {
                var at = Location.Create(catalogue.Path, default, default);
                output.ReportDiagnostic(Diagnostic.Create(Diagnostics.ManyCatalogues, at, catalogues.Length));
            }

            return;
        }

        var only = catalogues[0];
        foreach (var problem in only.Problems)
        {
            var at = Location.Create(only.Path, problem.Span, problem.Lines);
            output.ReportDiagnostic(Diagnostic.Create(Diagnostics.ById(problem.DescriptorId), at, problem.Message));
        }

        if (only.Source is not null)
        {
            output.AddSource("Req.g.cs", SourceText.From(only.Source, Encoding.UTF8));
        }
    }

    /// <summary>What one catalogue file yields; compared by value, so an unchanged catalogue is not generated again.</summary>
    private sealed class CatalogueOutput(string path, string? source, IReadOnlyList<CatalogueProblem> problems)
        : IEquatable<CatalogueOutput>
    {
        public string Path { get; } = path;

        public string? Source { get; } = source;

        public IReadOnlyList<CatalogueProblem> Problems { get; } = problems;

        public bool Equals(CatalogueOutput? other) =>
            other is not null && Path == other.Path && Source == other.Source && Problems.SequenceEqual(other.Problems);

        public override bool Equals(object? obj) => Equals(obj as CatalogueOutput);

        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Path) ^ StringComparer.Ordinal.GetHashCode(Source ?? "");
    }
}
