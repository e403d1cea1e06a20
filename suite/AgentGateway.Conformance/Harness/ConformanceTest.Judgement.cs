using System.Diagnostics.CodeAnalysis;
using AgentGateway.Conformance.Http;
using AgentGateway.Conformance.Requirements;
using AgentGateway.Conformance.Results;
using NUnit.Framework;

namespace AgentGateway.Conformance.Harness;

/// <summary>How a check judges the gateway: every judgement names its requirement and records expected against actual.</summary>
public abstract partial class ConformanceTest
{
    /// <summary>Judges a MUST requirement; a violation stops the check at once, and makes it a FAIL.</summary>
    protected void Must(string requirementId, bool holds, string expected, string actual, string? jsonPath = null)
    {
        Judge(requirementId, RequirementLevel.Must, holds, expected, actual, jsonPath);
        if (!holds)
        {
            throw new MustViolated(Describe(requirementId, expected, actual, jsonPath));
        }
    }

    /// <summary>Judges a SHOULD requirement; a violation makes the check a WARN, and it goes on.</summary>
    protected void Should(string requirementId, bool holds, string expected, string actual, string? jsonPath = null) =>
        Judge(requirementId, RequirementLevel.Should, holds, expected, actual, jsonPath);

    /// <summary>Judged on every exchange of every check (ruling 'Transport'): a sync of normal size gets a complete answer.</summary>
    private const string CompleteAnswer = Req.RetcodeSemantics.Ret009;

    /// <summary>Judged on every exchange of every check (ruling 'Response size'): no answer is over the cap.</summary>
    private const string AnswerWithinCap = Req.RetcodeSemantics.Ret010;

    /// <summary>
    /// What the harness judges on every exchange, whatever the check is about: an answer over the size cap fails the
    /// check that read it, and so does a sync of normal size without a complete HTTP answer (a stall, a reset, a close,
    /// bytes that are not HTTP). A request the suite did not send, and a sync with an oversized body, are not judged.
    /// </summary>
    private void JudgeTransport(GatewayRequest request, GatewayResponse response)
    {
        if (response.Outcome == TransportOutcome.TooLarge)
        {
            Must(AnswerWithinCap, false, $"an answer of at most {TransportOutcomes.Size(Settings.MaxResponseBytes)} ({request.Purpose})",
                response.Summary);
        }
        else if (!response.Answered && response.Outcome != TransportOutcome.NotSent && IsSync(request) && !request.OversizedBody)
        {
            var budget = (request.Timeout ?? Settings.RequestTimeout).TotalSeconds;
            Must(CompleteAnswer, false, $"a complete HTTP answer within {budget:0.###} s ({request.Purpose})", response.Summary);
        }
    }

    private static bool IsSync(GatewayRequest request) =>
        request.Method == HttpMethod.Post && request.Path.Split('?')[0].EndsWith("/syncagentinfo", StringComparison.Ordinal);

    /// <summary>Ends the check as SKIP: it cannot be decided on this target.</summary>
    [DoesNotReturn]
    protected static void Skip(string reason) => throw new UndecidableException(reason);

    private void Judge(string requirementId, RequirementLevel level, bool holds, string expected, string actual, string? jsonPath)
    {
        // The transport requirements are judged on every exchange, whichever requirements the check names.
        if (requirementId is not (CompleteAnswer or AnswerWithinCap) && !NamedRequirements(TestContext.CurrentContext).Contains(requirementId))
        {
            throw new SuiteException($"The check judges {requirementId} but its [Requirement] attribute does not name it.");
        }

        var requirement = Run.Catalogue.Get(requirementId);
        if (requirement.Level != level)
        {
            throw new SuiteException($"{requirementId} is a {requirement.Level} requirement but the check judges it as {level}.");
        }

        _findings.Add(new Finding(requirementId, level, holds, expected, actual, jsonPath));
    }

    /// <summary>The requirements the running check names; read from the method, as test cases do not inherit its properties.</summary>
    private static List<string> NamedRequirements(TestContext context) =>
        context.Test.Method?.GetCustomAttributes<RequirementAttribute>(true).SelectMany(a => a.Ids).ToList() ?? [];

    private string Describe(string requirementId, string expected, string actual, string? jsonPath) =>
        $"[{requirementId}] {Run.Catalogue.Get(requirementId).Text}{Environment.NewLine}"
        + $"  expected: {expected}{Environment.NewLine}"
        + $"  actual:   {actual}{(jsonPath is null ? "" : $" (at {jsonPath})")}";
}
