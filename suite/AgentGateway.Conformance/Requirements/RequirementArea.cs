namespace AgentGateway.Conformance.Requirements;

/// <summary>
/// A requirement area: its name (which the fixtures are named after), the prefix of its requirement IDs and a title.
/// </summary>
/// <param name="Name">Area name such as <c>HeaderEnforcement</c>.</param>
/// <param name="Prefix">Prefix of the area's requirement IDs such as <c>SYNC-AUTH</c>.</param>
/// <param name="Title">Human-readable title for reports.</param>
public sealed record RequirementArea(string Name, string Prefix, string Title);
