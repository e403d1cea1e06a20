using FluentAssertions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Codebase;

/// <summary>
/// No member of the product is left unused: the product, its tests and the benchmarks are compiled from their sources,
/// and every method, property, field and event the product declares must be named somewhere outside its own declaration,
/// or be reached by reflection or by convention.
/// </summary>
public sealed class UnusedMembersTests
{
    private const string Sample = """
        using System;
        using System.Text.Json;
        using System.Text.Json.Serialization;
        using NUnit.Framework;

        public static class Program
        {
            public static void Main()
            {
                var shop = new Shop();
                Console.WriteLine(shop.Open() + JsonSerializer.Serialize(new Receipt()) + new Pair(1, 2).Left.Twice());
                Console.WriteLine(JsonSerializer.Deserialize<Order>("{}")!.Number);
            }
        }

        public sealed class Shop : IDisposable
        {
            private int _visitors;
            public event EventHandler? Closed;
            public int Stock { get; set; }
            public string Open() => Greeting();
            private static string Greeting() => "open";
            public void Close() => Close();
            /// <summary>Calls <see cref="Restock"/>.</summary>
            public void Restock() { }
            public void Dispose() { }
            public override string ToString() => "shop";
        }

        public static class Numbers
        {
            public static int Twice(this int number) => number * 2;
        }

        public sealed record Pair(int Left, int Right);

        public sealed record Receipt
        {
            public decimal Total { get; init; }
            public Line[] Lines { get; init; } = [];
        }

        public sealed record Line(string Item)
        {
            public int Quantity { get; init; }
        }

        public sealed class Order
        {
            public int Number { get; set; }
            public string? Note { get; set; }
            [JsonIgnore] public string? Draft { get; set; }
        }

        public enum Size { Small, Large }

        public sealed class ShopTests
        {
            [Test]
            public void Opens() { }

            [TestCaseSource(nameof(Sizes))]
            public void Fits(Size size) { }

            private static Size[] Sizes() => [Size.Small];

            [Test]
            public void Measures()
            {
                var (from, to) = new Span(1, 2);
                foreach (var (start, end) in new[] { new Stretch(from, to) })
                {
                    Console.WriteLine(start + end);
                }
            }
        }

        public sealed record Span(int From, int To);

        public sealed record Stretch(int Start, int End);
        """;

    [Test]
    public void Every_method_property_field_and_event_of_the_product_is_used()
    {
        var repository = RepositoryCompilation.Load();
        repository.Errors().Should().BeEmpty("the sources must compile here as in the build, or names bind to nothing");

        var unused = UnusedMembers.Find(repository.Compilations, repository.ProductTrees.Contains);

        string.Join(Environment.NewLine, unused).Should().BeEmpty("a member nothing uses is dead code: remove it, or use it");
    }

    [Test]
    public void Unused_members_are_reported_and_members_used_in_code_by_reflection_by_convention_or_by_deconstruction_are_not()
    {
        var compilation = CSharpCompilation.Create(
            "Sample",
            [RepositoryCompilation.Parse(Sample, "Sample.cs")],
            RepositoryCompilation.References,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication));

        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
        UnusedMembers.Find([compilation], _ => true).Should().Equal(
            "Sample.cs:18 Shop._visitors",
            "Sample.cs:19 Shop.Closed",
            "Sample.cs:20 Shop.Stock",
            "Sample.cs:23 Shop.Close",
            "Sample.cs:25 Shop.Restock",
            "Sample.cs:35 Pair.Right",
            "Sample.cs:52 Order.Draft");
    }
}
