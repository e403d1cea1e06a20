using System.Globalization;
using AgentGateway.Conformance.Agents;
using AgentGateway.Conformance.Configuration;
using AgentGateway.Conformance.Harness;
using AgentGateway.Conformance.Http;
using AgentGateway.Conformance.Requirements;
using NUnit.Framework;

namespace AgentGateway.Conformance.Checks.AgentIdBounds;

[TestFixture]
public sealed partial class AgentIdBoundsTests : ConformanceTest
{
    private const string NeverServerError = Req.AgentIdBounds.Id006;
    private const string RefusalCode = Req.AgentIdBounds.Id007;

    [TestCase("100", TestName = "{m}(just_below_the_range)")]
    [TestCase("0", TestName = "{m}(zero)")]
    [TestCase("-1", TestName = "{m}(negative)")]
    [Requirement(Req.AgentIdBounds.Id001, NeverServerError, RefusalCode)]
    public Task Refuses_sync_for_numeric_ids_below_the_range(string agentId) => RefusesSyncAsync(Req.AgentIdBounds.Id001, agentId);

    [TestCase(AboveRange.JustAbove, TestName = "{m}(just_above_the_range)")]
    [TestCase(AboveRange.IntOverflow, TestName = "{m}(int_overflow)")]
    [TestCase(AboveRange.TwentyDigits, TestName = "{m}(twenty_digits)")]
    [Requirement(Req.AgentIdBounds.Id002, Req.AgentIdBounds.Id003, NeverServerError, RefusalCode)]
    public Task Refuses_sync_for_numeric_ids_above_the_range(AboveRange which) =>
        RefusesSyncAsync(Settings.Edition == Editions.Default ? Req.AgentIdBounds.Id002 : Req.AgentIdBounds.Id003, IdAbove(which));

    [TestCase("abc", TestName = "{m}(letters)")]
    [TestCase("41a01", TestName = "{m}(digits_with_letters)")]
    [TestCase("", TestName = "{m}(empty)")]
    [TestCase("%20", TestName = "{m}(whitespace)")]
    [TestCase("%2041001%20", TestName = "{m}(padded_with_spaces)")]
    [TestCase("410%2F01", TestName = "{m}(encoded_slash)")]
    [TestCase("%2E%2E", TestName = "{m}(encoded_dots)")]
    [TestCase("41001%2E0", TestName = "{m}(encoded_dot_in_digits)")]
    [TestCase("%EF%BC%94%EF%BC%91%EF%BC%90%EF%BC%90%EF%BC%91", TestName = "{m}(full_width_digits)")]
    [Requirement(Req.AgentIdBounds.Id004, NeverServerError, RefusalCode)]
    public Task Refuses_sync_for_non_numeric_ids(string agentId) => RefusesSyncAsync(Req.AgentIdBounds.Id004, agentId);

    [TestCase("100", TestName = "{m}(just_below_the_range)")]
    [TestCase(null, TestName = "{m}(just_above_the_range)")]
    [TestCase("abc", TestName = "{m}(letters)")]
    [TestCase("%2E%2E", TestName = "{m}(encoded_dots)")]
    [Requirement(Req.AgentIdBounds.Id005, NeverServerError, RefusalCode)]
    public async Task Refuses_sign_in_outside_the_range(string? agentId)
    {
        agentId ??= IdAbove(AboveRange.JustAbove);
        var response = await SignInRawAsync(agentId, $"sign in with the out-of-range agent ID '{agentId}'");

        MustNotServerError(response);
        MustNotSucceed(Req.AgentIdBounds.Id005, response, $"a sign-in with agent ID '{agentId}'");
        ShouldUseRefusalCode(response, agentId);
    }

    // Only spaces: a percent-encoded digit ('%341001') names the same URI as '41001' (RFC 3986, 6.2.2.2), so a gateway
    // that decodes it signs the right agent in and is not at fault.
    [Test]
    [Requirement(Req.AgentIdBounds.Id005, NeverServerError, RefusalCode)]
    public async Task Refuses_sign_in_with_an_agents_own_id_padded_with_spaces()
    {
        var agent = LeasedAgents[0];
        var agentId = $"%20{agent.Id}%20";
        // A gateway that took the ID as the agent's own signed that agent in, under its plain ID.
        var response = await SignInRawAsync(agentId, $"sign agent {agent.Id} in with its ID written '{agentId}'", signOutAs: agent.Id);

        MustNotServerError(response);
        MustNotSucceed(Req.AgentIdBounds.Id005, response, $"a sign-in with agent ID '{agentId}'");
        ShouldUseRefusalCode(response, agentId);
    }

    [Test]
    [Requirement(Req.AgentIdBounds.Id010)]
    public async Task Answers_a_sync_on_an_id_with_a_leading_zero_for_that_agent_or_refuses_it_cleanly()
    {
        var agent = await SignInAsync();
        var padded = $"0{agent.Id}";
        var what = $"a sync on agent {agent.Id}'s ID written '{padded}'";
        var response = await MustLeaveUntouchedAsync(
            Req.AgentIdBounds.Id010,
            [agent],
            async () =>
            {
                var request = SyncRequest(padded, $"sync on agent ID '{padded}' with the Guid of agent {agent.Id}", agent.CurrentGuid);
                var answer = await Client.SendAsync(request);
                Must(Req.AgentIdBounds.Id010, answer.Status is not >= 500, $"no HTTP 5xx answer to {what}", answer.Summary);
                return answer;
            },
            what,
            Refusal.NotSucceeded,
            mayBeAccepted: true);
        if (!response.ReportsSuccess)
        {
            return;
        }

        // Accepted: the answer must be about the agent, which the suite has just made busy.
        var workNo = response.AgentStateInfo?["workNo"]?.ToString();
        Must(
            Req.AgentIdBounds.Id010,
            workNo?.TrimStart('0') == agent.Id,
            $"an accepted sync answers for agent {agent.Id}: workNo \"{agent.Id}\" (or \"{padded}\")",
            response.AgentStateInfo is null ? $"{response.Summary}, no agentStateInfo" : $"workNo {Raw(response, "workNo")}",
            "$.result.agentStateInfo.workNo");
        Must(
            Req.AgentIdBounds.Id010,
            IntField(response, "state") == BusyState,
            $"an accepted sync reports agent {agent.Id}'s state: 4 (busy)",
            $"state {Raw(response, "state")}",
            "$.result.agentStateInfo.state");
    }

    [TestCase(Edge.Lowest, TestName = "{m}(lowest)")]
    [TestCase(Edge.Highest, TestName = "{m}(highest)")]
    [Requirement(Req.AgentIdBounds.Id008, Req.AgentIdBounds.Id009)]
    public async Task Does_not_refuse_the_edge_ids_as_invalid(Edge edge)
    {
        var requirement = Settings.Edition == Editions.Default ? Req.AgentIdBounds.Id008 : Req.AgentIdBounds.Id009;
        var range = Settings.AgentIdRange;
        var edgeId = (edge == Edge.Lowest ? range.Min : range.Max).ToString(CultureInfo.InvariantCulture);
        var agent = await SignInAsync();

        var sync = await Client.SendAsync(SyncRequest(edgeId, $"sync on the edge agent ID {edgeId}", agent.CurrentGuid));
        Must(requirement, sync.Retcode != InvalidParameter, $"a sync on agent ID {edgeId} is not refused with {InvalidParameter}", sync.Summary);

        // Signing in an agent another fixture may hold would disturb it; the sync above still judges the edge.
        if (Target.Agents.All.Any(a => a.Id == edgeId) && LeasedAgents.All(a => a.Id != edgeId))
        {
            return;
        }

        var signIn = await SignInRawAsync(edgeId, $"sign in with the edge agent ID {edgeId}");

        Must(requirement, signIn.Retcode != InvalidParameter, $"a sign-in with agent ID {edgeId} is not refused with {InvalidParameter}", signIn.Summary);
    }
}
