using AgentGateway.Conformance.Requirements;
using AgentGateway.Conformance.Results;
using NUnit.Framework;

namespace AgentGateway.Conformance.Harness;

/// <summary>How a check judges the gateway: every judgement names its requirement and records expected against actual.</summary>
public abstract partial class ConformanceTest
{
    /// <summary>Judges a MUST requirement; a violation fails the check at once (FAIL).</summary>
    protected void Must(string requirementId, bool holds, string expected, string actual, string? jsonPath = null)
    {
        Judge(requirementId, RequirementLevel.Must, holds, expected, actual, jsonPath);
        if (!holds)
        {
            Assert.Fail(Describe(requirementId, expected, actual, jsonPath));
        }
    }

    /// <summary>Judges a SHOULD requirement; a violation is a warning (WARN) and the check goes on.</summary>
    protected void Should(string requirementId, bool holds, string expected, string actual, string? jsonPath = null)
    {
        Judge(requirementId, RequirementLevel.Should, holds, expected, actual, jsonPath);
        if (!holds)
        {
            Assert.Warn(Describe(requirementId, expected, actual, jsonPath));
        }
    }

    /// <summary>Ends the check as SKIP: it cannot be decided on this target.</summary>
    protected static void Skip(string reason) => Assert.Ignore($"Not decidable on this target: {reason}");

    private void Judge(string requirementId, RequirementLevel level, bool holds, string expected, string actual, string? jsonPath)
    {
        if (!NamedRequirements(TestContext.CurrentContext).Contains(requirementId))
        {
            throw new SuiteException($"The check judges {requirementId} but its [Requirement] attribute does not name it.");
        }

        var requirement = RequirementCatalogue.Load().Get(requirementId);
        if (requirement.Level != level)
        {
            throw new SuiteException($"{requirementId} is a {requirement.Level} requirement but the check judges it as {level}.");
        }

        _findings.Add(new Finding(requirementId, level.ToString().ToUpperInvariant(), holds, expected, actual, jsonPath));
    }

    /// <summary>The requirements the running check names; read from the method, as test cases do not inherit its properties.</summary>
    private static List<string> NamedRequirements(TestContext context) =>
        context.Test.Method?.GetCustomAttributes<RequirementAttribute>(true).SelectMany(a => a.Ids).ToList() ?? [];

    private static string Describe(string requirementId, string expected, string actual, string? jsonPath) =>
        $"[{requirementId}] {RequirementCatalogue.Load().Get(requirementId).Text}{Environment.NewLine}"
        + $"  expected: {expected}{Environment.NewLine}"
        + $"  actual:   {actual}{(jsonPath is null ? "" : $" (at {jsonPath})")}";
}
