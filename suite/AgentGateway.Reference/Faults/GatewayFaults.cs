using System.Collections.Frozen;
using AgentGateway.Reference.Faults;

namespace AgentGateway.Reference;

/// <summary>
/// The catalogue of fault modes: for each <see cref="GatewayFault"/> its command-line name, what it does and the
/// requirement area it breaks, as the fault's class under Faults/ describes it. Every area of the conformance suite has at
/// least one fault.
/// </summary>
public static class GatewayFaults
{
    /// <summary>The class of each fault mode under Faults/, by the fault it carries out.</summary>
    private static readonly FrozenDictionary<GatewayFault, Type> Classes = typeof(Fault).Assembly.GetTypes()
        .Where(type => type.IsSubclassOf(typeof(Fault)) && !type.IsAbstract)
        .ToFrozenDictionary(type => New(type).Descriptor.Fault);

    /// <summary>Every fault mode, in the order of <see cref="GatewayFault"/> (their names), as its class describes it.</summary>
    public static IReadOnlyList<FaultDescriptor> All { get; } =
        [.. Classes.Values.Select(type => New(type).Descriptor).OrderBy(d => d.Fault)];

    /// <summary>The descriptor of one fault.</summary>
    public static FaultDescriptor Describe(GatewayFault fault) => All.First(d => d.Fault == fault);

    /// <summary>
    /// The fault with this kebab-case name (case-insensitive); throws <see cref="ArgumentException"/> for an unknown name,
    /// with a message that lists the known ones.
    /// </summary>
    public static GatewayFault Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var match = All.FirstOrDefault(d => string.Equals(d.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
        var known = string.Join(", ", All.Select(d => d.Name));
        return match?.Fault ?? throw new ArgumentException($"Unknown fault '{name}'; known faults: {known}.");
    }

    /// <summary>
    /// The faults named in <paramref name="namesOrLists"/> (names or comma lists), as <see cref="NameLists.Parse{T}"/> reads them.
    /// </summary>
    public static IReadOnlyList<GatewayFault> ParseList(IEnumerable<string> namesOrLists) => NameLists.Parse(namesOrLists, Parse);

    /// <summary>A new instance of the fault's class, for one gateway.</summary>
    internal static Fault Create(GatewayFault fault) =>
        Classes.TryGetValue(fault, out var type)
            ? New(type)
            : throw new ArgumentOutOfRangeException(nameof(fault), fault, "No class carries out this fault.");

    private static Fault New(Type type) => (Fault)Activator.CreateInstance(type)!;
}
