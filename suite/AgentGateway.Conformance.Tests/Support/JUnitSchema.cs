using System.Xml.Linq;
using System.Xml.Schema;

namespace AgentGateway.Conformance.Tests.Support;

/// <summary>Validates a JUnit document against the checked-in schema of Jenkins' xUnit plugin.</summary>
internal static class JUnitSchema
{
    private static readonly Lazy<XmlSchemaSet> Schemas = new(() =>
    {
        var set = new XmlSchemaSet();
        set.Add(null, Path.Combine(AppContext.BaseDirectory, "schemas", "third-party", "junit-10.xsd"));
        set.Compile();
        return set;
    });

    /// <summary>Every validation error of <paramref name="xml"/>; empty when it is valid.</summary>
    public static IReadOnlyList<string> Errors(string xml)
    {
        var errors = new List<string>();
        XDocument.Parse(xml).Validate(Schemas.Value, (_, e) => errors.Add(e.Message));
        return errors;
    }
}
