using System.Reflection;
using System.Runtime.CompilerServices;
using AgentGateway.Conformance.Harness;
using AgentGateway.Reference;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Codebase;

/// <summary>
/// A run's state travels in its <see cref="RunContext"/>, never in statics: no product type has a static field that can
/// be reassigned, a static property with a setter, or a static event. Read-only statics (tables, compiled patterns, the
/// caches of files read once) stay allowed.
/// </summary>
[TestFixture]
public sealed class StaticStateTests
{
    private const BindingFlags Statics = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    private static readonly Assembly[] Product = [typeof(RunContext).Assembly, typeof(ReferenceGateway).Assembly];

    [Test]
    public void No_product_type_keeps_state_in_a_writable_static()
    {
        var writable = Product.SelectMany(a => a.GetTypes()).Where(t => !IsGenerated(t)).SelectMany(WritableStatics).ToList();
        writable.Should().BeEmpty("a run's state belongs in its RunContext, where two runs cannot share it");
    }

    [Test]
    public void The_rule_sees_a_writable_static() =>
        WritableStatics(typeof(Counterexample)).Should().BeEquivalentTo(
            $"{nameof(Counterexample)}.s_count (field)", $"{nameof(Counterexample)}.Last (property)", $"{nameof(Counterexample)}.Changed (event)");

    private static IEnumerable<string> WritableStatics(Type type)
    {
        var fields = type.GetFields(Statics)
            .Where(f => !f.IsInitOnly && !f.IsLiteral && !IsGenerated(f))
            .Select(f => $"{type.Name}.{f.Name} (field)");
        var properties = type.GetProperties(Statics)
            .Where(p => p.SetMethod is not null)
            .Select(p => $"{type.Name}.{p.Name} (property)");
        var events = type.GetEvents(Statics).Select(e => $"{type.Name}.{e.Name} (event)");
        return fields.Concat(properties).Concat(events);
    }

    private static bool IsGenerated(MemberInfo member) =>
        member.IsDefined(typeof(CompilerGeneratedAttribute)) || member.Name.Contains('<', StringComparison.Ordinal);

#pragma warning disable CA1823, CS0067, CS0169, CS0649, IDE0051, IDE0044 // The counterexample's members exist only to be found.
    private static class Counterexample
    {
        private static readonly int s_table = 1;
        private static int s_count;

        public static string? Last { get; set; }

        public static int Table => s_table + s_count;

        public static event Action? Changed;
    }
#pragma warning restore CA1823, CS0067, CS0169, CS0649, IDE0051, IDE0044
}
