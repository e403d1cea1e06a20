using NUnit.Framework;

namespace AgentGateway.Conformance.Harness;

/// <summary>
/// Names the catalogue requirement(s) a check verifies. A check may judge only the requirements it names,
/// and every name must be in <c>schemas/requirements.json</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class RequirementAttribute : PropertyAttribute
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
}
