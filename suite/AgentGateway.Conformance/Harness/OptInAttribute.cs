using AgentGateway.Conformance.Configuration;

namespace AgentGateway.Conformance.Harness;

/// <summary>
/// Puts a check in an opt-in group of <see cref="CheckGroups"/>: it runs only when the run includes that group
/// (<c>--include</c>), and is skipped otherwise, without leaving the run incomplete.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class OptInAttribute(string group) : Attribute
{
    public string Group { get; } = group;
}
