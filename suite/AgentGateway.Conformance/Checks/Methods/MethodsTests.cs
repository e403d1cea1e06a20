using AgentGateway.Conformance.Agents;
using AgentGateway.Conformance.Harness;
using AgentGateway.Conformance.Requirements;
using NUnit.Framework;

namespace AgentGateway.Conformance.Checks.Methods;

/// <summary>The page: "This interface supports only the POST method."</summary>
[TestFixture]
public sealed class MethodsTests : ConformanceTest
{
    private const string RefusalForm = Req.Methods.Method005;

    [TestCase("GET", Req.Methods.Method001)]
    [TestCase("PUT", Req.Methods.Method002)]
    [TestCase("DELETE", Req.Methods.Method003)]
    [TestCase("PATCH", Req.Methods.Method004)]
    [Requirement(Req.Methods.Method001, Req.Methods.Method002, Req.Methods.Method003, Req.Methods.Method004, RefusalForm)]
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

    [TestCase("HEAD", Req.Methods.Method006)]
    [TestCase("OPTIONS", Req.Methods.Method007)]
    [Requirement(Req.Methods.Method006, Req.Methods.Method007)]
    public async Task Answers_head_and_options_without_a_sync_or_its_side_effects(string method, string requirementId)
    {
        var agent = await SignInAsync();
        // HTTP lets both methods be answered 2xx, so only a sync in the answer and the side effects are judged.
        await MustLeaveUntouchedAsync(
            requirementId,
            [agent],
            () => agent.SendAsync(new HttpMethod(method), Routes.Sync(agent.Id), $"{method} on syncagentinfo with the agent's Guid"),
            $"{(method == "OPTIONS" ? "an" : "a")} {method} on syncagentinfo",
            Refusal.NoAgentState);
    }
}
