using AgentGateway.Conformance.Agents;
using AgentGateway.Conformance.Harness;
using NUnit.Framework;

namespace AgentGateway.Conformance.Checks.Methods;

/// <summary>The page: "This interface supports only the POST method."</summary>
[TestFixture]
public sealed class MethodsTests : ConformanceTest
{
    private const string RefusalForm = "SYNC-METHOD-005";

    [TestCase("GET", "SYNC-METHOD-001")]
    [TestCase("PUT", "SYNC-METHOD-002")]
    [TestCase("DELETE", "SYNC-METHOD-003")]
    [TestCase("PATCH", "SYNC-METHOD-004")]
    [Requirement("SYNC-METHOD-001", "SYNC-METHOD-002", "SYNC-METHOD-003", "SYNC-METHOD-004", RefusalForm)]
    public async Task Refuses_methods_other_than_post_without_side_effects(string method, string requirementId)
    {
        var agent = await SignInAsync();
        var response = await MustLeaveUntouchedAsync(
            requirementId,
            [agent],
            () => agent.SendAsync(new HttpMethod(method), Routes.Sync(agent.Id), $"{method} on syncagentinfo with the agent's Guid"),
            $"a {method} on syncagentinfo",
            Refusal.NotSucceeded);

        var allow = response.Header("Allow");
        var allowsPost = allow?.Split(',').Any(m => m.Trim().Equals("POST", StringComparison.OrdinalIgnoreCase)) == true;
        Should(
            RefusalForm,
            (response.Status == 405 && allowsPost) || (response.Status == 200 && response.Retcode is { } code && code != "0"),
            "HTTP 405 with Allow listing POST, or HTTP 200 with a retcode other than \"0\"",
            $"{response.Summary}, Allow {allow ?? "absent"}");
    }
}
