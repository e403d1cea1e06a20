using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AgentGateway.Conformance.Tests.Codebase;

/// <summary>
/// Finds the methods, properties, fields and events declared in the product that nothing references: every name in
/// every compilation is bound to its symbol, and a member none of them binds to, outside its own declaration, is unused.
/// Members reached by reflection or by convention are left out, each for the reason given beside it.
/// </summary>
internal static class UnusedMembers
{
    /// <summary>
    /// NUnit finds these by their attributes. (Test case sources need no exception: their attribute names them with nameof.)
    /// </summary>
    private static readonly HashSet<string> EntryPointAttributes =
    [
        "TestAttribute", "TestCaseAttribute", "TestCaseSourceAttribute", "TheoryAttribute",
        "SetUpAttribute", "TearDownAttribute", "OneTimeSetUpAttribute", "OneTimeTearDownAttribute",
    ];

    /// <summary>
    /// Each unused member of the product trees as "File.cs:line Type.Member", in file order; the other trees count only
    /// as users.
    /// </summary>
    public static IReadOnlyList<string> Find(IReadOnlyList<Compilation> compilations, Func<SyntaxTree, bool> isProduct)
    {
        var trees = compilations.SelectMany(c => c.SyntaxTrees.Select(t => (Model: c.GetSemanticModel(t), Root: t.GetRoot()))).ToList();
        // System.Text.Json reads and writes the properties of the types it is given by reflection.
        var json = JsonProperties(trees.AsParallel().SelectMany(t => SerialisedTypes(t.Model, t.Root)).ToList());
        var candidates = trees.Where(t => isProduct(t.Root.SyntaxTree))
            .AsParallel().AsOrdered()
            .SelectMany(t => Declarations(t.Model, t.Root))
            .Where(member => !json.Contains(Key(member)) && !ByConvention(member))
            .ToList()
            .DistinctBy(Key)
            .ToList();
        var unused = new ConcurrentDictionary<string, bool>(candidates.ToDictionary(Key, _ => true), StringComparer.Ordinal);

        // A name binds only to a member of that name, so the places naming one are bound, name by name, only until every
        // member of that name has been found used: most members are found at their first use, and most code is never bound.
        var names = candidates.ToLookup(member => member.Name, Key, StringComparer.Ordinal);
        var places = trees.SelectMany(t => Places(t.Model, t.Root, names)).GroupBy(p => p.Name, StringComparer.Ordinal);
        Parallel.ForEach(places, place =>
        {
            foreach (var (_, model, node) in place.TakeWhile(_ => names[place.Key].Any(unused.ContainsKey)))
            {
                foreach (var symbol in SymbolsAt(model, node).OfType<ISymbol>().Select(Normalise))
                {
                    if (!IsWithinDeclarationOf(symbol, node))
                    {
                        unused.TryRemove(Key(symbol), out _);
                    }
                }
            }
        });

        return candidates.Where(member => unused.ContainsKey(Key(member))).Select(Describe).ToList();
    }

    /// <summary>The places that may use a member of one of <paramref name="names"/>, each under that name.</summary>
    private static IEnumerable<(string Name, SemanticModel Model, SyntaxNode Node)> Places(
        SemanticModel model, SyntaxNode root, ILookup<string, string> names)
    {
        foreach (var node in root.DescendantNodes())
        {
            // Besides the names written out: indexers, the methods foreach, await and collection initializers call, and the
            // positional properties a deconstruction reads through a record's generated Deconstruct.
            string[] bearing = node switch
            {
                // A name where only a namespace or a type can stand (using System.Text;, List<Agent> agents) is no member's.
                SimpleNameSyntax name when !SyntaxFacts.IsInNamespaceOrTypeContext(name) => [name.Identifier.ValueText],
                ElementAccessExpressionSyntax or ImplicitElementAccessSyntax => [WellKnownMemberNames.Indexer],
                CommonForEachStatementSyntax =>
                [
                    WellKnownMemberNames.GetEnumeratorMethodName, WellKnownMemberNames.MoveNextMethodName, "Current",
                    .. Deconstructed(model, node).Select(p => p.Name),
                ],
                AssignmentExpressionSyntax => [.. Deconstructed(model, node).Select(p => p.Name)],
                AwaitExpressionSyntax =>
                    [WellKnownMemberNames.GetAwaiter, WellKnownMemberNames.IsCompleted, WellKnownMemberNames.GetResult],
                InitializerExpressionSyntax { RawKind: (int)SyntaxKind.CollectionInitializerExpression } =>
                    [WellKnownMemberNames.CollectionInitializerAddMethodName],
                _ => [],
            };
            foreach (var name in bearing.Where(names.Contains))
            {
                yield return (name, model, node);
            }
        }
    }

    private static IEnumerable<ISymbol?> SymbolsAt(SemanticModel model, SyntaxNode node) =>
        node switch
        {
            CommonForEachStatementSyntax loop => ForEach(model.GetForEachStatementInfo(loop)).Concat(Deconstructed(model, loop)),
            AssignmentExpressionSyntax => Deconstructed(model, node),
            AwaitExpressionSyntax awaited => Await(model.GetAwaitExpressionInfo(awaited)),
            InitializerExpressionSyntax items => items.Expressions.SelectMany(e => Bound(model.GetCollectionInitializerSymbolInfo(e))),
            _ => Bound(model.GetSymbolInfo(node)),
        };

    /// <summary>The positional properties of a record that a deconstruction (var (a, b) = x, foreach (var (a, b) in xs)) reads.</summary>
    private static IEnumerable<IPropertySymbol> Deconstructed(SemanticModel model, SyntaxNode node)
    {
        var info = node switch
        {
            ForEachVariableStatementSyntax loop => model.GetDeconstructionInfo(loop),
            AssignmentExpressionSyntax { Left: TupleExpressionSyntax or DeclarationExpressionSyntax } assignment =>
                model.GetDeconstructionInfo(assignment),
            _ => default,
        };
        return info.Method is { IsImplicitlyDeclared: true } deconstruct
            ? deconstruct.Parameters.Select(p => deconstruct.ContainingType.GetMembers(p.Name).OfType<IPropertySymbol>().FirstOrDefault())
                .OfType<IPropertySymbol>()
            : [];
    }

    private static ImmutableArray<ISymbol> Bound(SymbolInfo info) => info.Symbol is { } symbol ? [symbol] : info.CandidateSymbols;

    private static IEnumerable<ISymbol?> ForEach(ForEachStatementInfo info) =>
        [info.GetEnumeratorMethod, info.MoveNextMethod, info.CurrentProperty, info.DisposeMethod];

    private static IEnumerable<ISymbol?> Await(AwaitExpressionInfo info) =>
        [info.GetAwaiterMethod, info.IsCompletedProperty, info.GetResultMethod];

    /// <summary>A recursive call or a field read in its own initializer does not make a member used.</summary>
    private static bool IsWithinDeclarationOf(ISymbol symbol, SyntaxNode node) =>
        symbol.DeclaringSyntaxReferences.Any(d => d.SyntaxTree == node.SyntaxTree && d.Span.Contains(node.Span));

    /// <summary>The types whose objects System.Text.Json writes or reads: type arguments and arguments of JsonSerializer calls.</summary>
    private static IEnumerable<ITypeSymbol> SerialisedTypes(SemanticModel model, SyntaxNode root)
    {
        foreach (var call in root.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            var name = call.Expression switch
            {
                MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
                SimpleNameSyntax simple => simple.Identifier.ValueText,
                _ => "",
            };

            // JsonSerializer's Serialize and Deserialize, HttpClient's GetFromJsonAsync, PostAsJsonAsync and the like.
            if ((name.StartsWith("Serialize", StringComparison.Ordinal) || name.StartsWith("Deserialize", StringComparison.Ordinal)
                 || name.Contains("FromJson", StringComparison.Ordinal) || name.Contains("AsJson", StringComparison.Ordinal))
                && model.GetSymbolInfo(call).Symbol is IMethodSymbol method && IsJsonApi(method))
            {
                foreach (var type in method.TypeArguments)
                {
                    yield return type;
                }

                if (method.Name.StartsWith("Serialize", StringComparison.Ordinal) && call.ArgumentList.Arguments.Count > 0
                    && model.GetTypeInfo(call.ArgumentList.Arguments[0].Expression).Type is { } written)
                {
                    yield return written;
                }
            }
        }
    }

    private static bool IsJsonApi(IMethodSymbol method) =>
        method.ContainingType.ToDisplayString() == "System.Text.Json.JsonSerializer"
        || method.ContainingNamespace.ToDisplayString() == "System.Net.Http.Json";

    /// <summary>The properties of the serialised types and of every type their properties hold, as keys.</summary>
    private static HashSet<string> JsonProperties(IEnumerable<ITypeSymbol> roots)
    {
        var seen = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        var pending = new Stack<ITypeSymbol>(roots);
        var properties = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryPop(out var type))
        {
            if (!seen.Add(type))
            {
                continue;
            }

            var held = type switch
            {
                IArrayTypeSymbol array => [array.ElementType],
                INamedTypeSymbol named => named.TypeArguments.AsEnumerable(),
                _ => [],
            };
            var serialisedProperties = type.GetMembers().OfType<IPropertySymbol>()
                .Where(p => !p.IsStatic && p.DeclaredAccessibility == Accessibility.Public
                            && !p.GetAttributes().Any(a => a.AttributeClass?.Name == "JsonIgnoreAttribute"));
            foreach (var property in serialisedProperties)
            {
                properties.Add(Key(property));
                pending.Push(property.Type);
            }

            foreach (var inner in held)
            {
                pending.Push(inner);
            }
        }

        return properties;
    }

    /// <summary>The members declared in a tree: methods, properties (a record's positional ones too), indexers, fields, events.</summary>
    private static IEnumerable<ISymbol> Declarations(SemanticModel model, SyntaxNode root) =>
        root.DescendantNodes()
            .SelectMany(node => node switch
            {
                MethodDeclarationSyntax or PropertyDeclarationSyntax or IndexerDeclarationSyntax or EventDeclarationSyntax =>
                    [model.GetDeclaredSymbol(node)],
                BaseFieldDeclarationSyntax field => field.Declaration.Variables.Select(v => model.GetDeclaredSymbol(v)),
                RecordDeclarationSyntax { ParameterList: { } positional } record => positional.Parameters
                    .Select(p => model.GetDeclaredSymbol(record)?.GetMembers(p.Identifier.ValueText).OfType<IPropertySymbol>()
                        .FirstOrDefault(property => property.DeclaringSyntaxReferences.Any(r => r.GetSyntax() == p))),
                _ => [],
            })
            .OfType<ISymbol>()
            .Select(Normalise);

    /// <summary>Members used without being named in the code.</summary>
    private static bool ByConvention(ISymbol member) =>
        // Called through the member they override, found by the runtime or the serializer through their base.
        member.IsOverride
        // Called through the interface, by the code or by a framework (IAsyncDisposable, the generator's Initialize).
        || ImplementsInterface(member)
        // The enum's values are named by their type: Enum.GetValues, parsing, reports.
        || member.ContainingType.TypeKind == TypeKind.Enum
        // Constructors, operators and conversions are used by new, by the operator and by the cast, all without their name.
        || member is IMethodSymbol { MethodKind: not MethodKind.Ordinary }
        // The process entry point.
        || member is IMethodSymbol { IsStatic: true, Name: "Main" }
        // NUnit's entry points: tests, test cases, set-up and tear-down.
        || member.GetAttributes().Any(a => a.AttributeClass?.ContainingNamespace.ToDisplayString() == "NUnit.Framework"
                                           && EntryPointAttributes.Contains(a.AttributeClass.Name));

    private static bool ImplementsInterface(ISymbol member) =>
        member switch
        {
            IMethodSymbol { ExplicitInterfaceImplementations.Length: > 0 } => true,
            IPropertySymbol { ExplicitInterfaceImplementations.Length: > 0 } => true,
            IEventSymbol { ExplicitInterfaceImplementations.Length: > 0 } => true,
            _ => member.ContainingType.AllInterfaces.SelectMany(i => i.GetMembers())
                .Any(m => SymbolEqualityComparer.Default.Equals(member.ContainingType.FindImplementationForInterfaceMember(m), member)),
        };

    private static ISymbol Normalise(ISymbol symbol) =>
        symbol switch
        {
            IMethodSymbol { ReducedFrom: { } extension } => Normalise(extension),
            IMethodSymbol { PartialDefinitionPart: { } definition } => definition.OriginalDefinition,
            IPropertySymbol { PartialDefinitionPart: { } definition } => definition.OriginalDefinition,
            _ => symbol.OriginalDefinition,
        };

    private static string Key(ISymbol symbol) => $"{symbol.ContainingAssembly?.Name}|{symbol.GetDocumentationCommentId()}";

    private static string Describe(ISymbol member)
    {
        var line = member.Locations[0].GetLineSpan();
        return $"{Path.GetFileName(line.Path)}:{line.StartLinePosition.Line + 1} {member.ContainingType.Name}.{member.Name}";
    }
}
