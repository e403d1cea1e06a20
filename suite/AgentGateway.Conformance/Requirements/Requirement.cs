namespace AgentGateway.Conformance.Requirements;

/// <summary>
/// One separately checkable requirement of the catalogue, with the published text or ruling it rests on.
/// </summary>
/// <param name="Id">Stable identifier such as <c>SYNC-AUTH-001</c>.</param>
/// <param name="Area">Name of the area the requirement belongs to, such as <c>HeaderEnforcement</c>.</param>
/// <param name="Level">Whether a violation is a FAIL (MUST) or a WARN (SHOULD).</param>
/// <param name="Text">One sentence a certifier can read beside a result.</param>
/// <param name="Source">The table, row or ruling the requirement rests on.</param>
/// <param name="Basis"><c>published</c>, <c>ruling</c>, <c>published+ruling</c> or <c>choice</c>.</param>
/// <param name="Profiles">The type profiles the requirement applies to: <c>compatible</c>, <c>strict</c>.</param>
/// <param name="Editions">The editions the requirement applies to: <c>default</c>, <c>2025</c>.</param>
/// <param name="Note">The choice made where the documents are silent, or a remark on how the requirement is read.</param>
public sealed record Requirement(
    string Id,
    string Area,
    RequirementLevel Level,
    string Text,
    string Source,
    string Basis,
    IReadOnlyList<string> Profiles,
    IReadOnlyList<string> Editions,
    string? Note);
