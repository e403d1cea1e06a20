using Microsoft.CodeAnalysis;

namespace AgentGateway.Conformance.Generators;

/// <summary>The generator's diagnostics: a catalogue it cannot read fails the build with a message, never a crash.</summary>
internal static class Diagnostics
{
    private const string Category = "RequirementCatalogue";

    public static readonly DiagnosticDescriptor Unreadable = new(
        "AGWREQ001",
        "The requirement catalogue cannot be read",
        "{0}; no requirement ID constants are generated",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor Malformed = new(
        "AGWREQ002",
        "A requirement catalogue entry is malformed",
        "{0}; no constant is generated for it",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DuplicateId = new(
        "AGWREQ003",
        "A requirement ID appears more than once",
        "The requirement catalogue holds '{0}' more than once; the constant is generated from its first entry",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NoCatalogue = new(
        "AGWREQ004",
        "No requirement catalogue",
        "No AdditionalFiles item is named requirements.json, so no requirement ID constants are generated; "
        + "add <AdditionalFiles Include=\"$(RepoRoot)schemas/requirements.json\" /> to the project",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ManyCatalogues = new(
        "AGWREQ005",
        "More than one requirement catalogue",
        "{0} AdditionalFiles items are named requirements.json; give the project exactly one, the catalogue",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static DiagnosticDescriptor ById(string id) => id switch
    {
        "AGWREQ001" => Unreadable,
        "AGWREQ003" => DuplicateId,
        _ => Malformed,
    };
}
