using AgentGateway.Conformance.Requirements;

namespace AgentGateway.Conformance.Results;

/// <summary>One judgement a check made about one requirement: what was expected, what the gateway did.</summary>
public sealed record Finding(string RequirementId, RequirementLevel Level, bool Held, string Expected, string Actual, string? JsonPath);
