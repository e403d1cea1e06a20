using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal.Commands;

namespace AgentGateway.Conformance.Harness;

/// <summary>
/// Names the catalogue requirement(s) a check verifies. A check may judge only the requirements it names,
/// and every name must be in <c>schemas/requirements.json</c>. It also makes the method a check: its findings,
/// not NUnit's assertions, decide how it ends (<see cref="CheckCommand"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class RequirementAttribute : PropertyAttribute, IWrapTestMethod
{
    public const string PropertyName = "Requirement";

    public RequirementAttribute(params string[] ids)
    {
        Ids = ids;
        foreach (var id in ids)
        {
            Properties.Add(PropertyName, id);
        }
    }

    public IReadOnlyList<string> Ids { get; }

    public TestCommand Wrap(TestCommand command) => new CheckCommand(command);
}
