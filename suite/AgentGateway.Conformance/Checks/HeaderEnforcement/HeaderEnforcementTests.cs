using AgentGateway.Conformance.Agents;
using AgentGateway.Conformance.Harness;
using AgentGateway.Conformance.Http;
using AgentGateway.Conformance.Requirements;
using NUnit.Framework;

namespace AgentGateway.Conformance.Checks.HeaderEnforcement;

[TestFixture]
public sealed partial class HeaderEnforcementTests : ConformanceTest
{
    private const string GuidRefusalCodes = Req.HeaderEnforcement.Auth007;

    protected override int AgentsNeeded => 2;

    [Test]
    [Requirement(Req.HeaderEnforcement.Auth001, GuidRefusalCodes)]
    public async Task Refuses_sync_without_guid()
    {
        var agent = await SignInAsync();
        await RefusesGuidAsync(Req.HeaderEnforcement.Auth001, [agent], guid: null, "sync without a Guid header", "a sync without Guid");
    }

    [Test]
    [Requirement(Req.HeaderEnforcement.Auth002, GuidRefusalCodes)]
    public async Task Refuses_sync_with_empty_guid()
    {
        var agent = await SignInAsync();
        await RefusesGuidAsync(Req.HeaderEnforcement.Auth002, [agent], "", "sync with an empty Guid", "a sync with an empty Guid");
    }

    [Test]
    [Requirement(Req.HeaderEnforcement.Auth003, GuidRefusalCodes)]
    public async Task Refuses_sync_with_malformed_guid()
    {
        var agent = await SignInAsync();
        var malformed = $"{Faker.Lorem.Word()}-{Faker.Random.AlphaNumeric(10)}";
        await RefusesGuidAsync(
            Req.HeaderEnforcement.Auth003,
            [agent],
            malformed,
            $"sync with the malformed Guid '{malformed}'",
            "a sync with a malformed Guid");
    }

    [Test]
    [Requirement(Req.HeaderEnforcement.Auth004, GuidRefusalCodes)]
    public async Task Refuses_sync_with_a_guid_the_gateway_never_issued()
    {
        var agent = await SignInAsync();
        var unknown = $"{Faker.Random.Guid()}.AgentGateway{Faker.Random.Int(0, 3)}";
        Client.Redactor.Register(unknown, "made-up guid");
        await RefusesGuidAsync(
            Req.HeaderEnforcement.Auth004,
            [agent],
            unknown,
            "sync with a well-formed Guid never issued",
            "a sync with an unknown Guid");
    }

    [Test]
    [Requirement(Req.HeaderEnforcement.Auth005, GuidRefusalCodes)]
    public async Task Refuses_sync_with_another_agents_guid()
    {
        var agent = await SignInAsync(0);
        var other = await SignInAsync(1);
        await RefusesGuidAsync(
            Req.HeaderEnforcement.Auth005,
            [agent, other],
            other.CurrentGuid,
            $"sync of agent {agent.Id} with the Guid of agent {other.Id}",
            "a sync with another agent's Guid");
    }

    [Test]
    [Requirement(Req.HeaderEnforcement.Auth006, GuidRefusalCodes)]
    public async Task Refuses_sync_with_the_guid_of_an_earlier_session()
    {
        var earlier = await SignInAsync();
        var earlierGuid = earlier.CurrentGuid;
        await earlier.SignOutAsync();
        var agent = await SignInAsync();
        await RefusesGuidAsync(
            Req.HeaderEnforcement.Auth006,
            [agent],
            earlierGuid,
            "sync with the Guid of the agent's earlier session",
            "a sync with an old Guid");
    }

    [TestCase("guid")]
    [TestCase("Guid")]
    [TestCase("GUID")]
    [Requirement(Req.HeaderEnforcement.Auth008)]
    public async Task Accepts_the_guid_header_name_in_any_case(string headerName)
    {
        var agent = await SignInAsync();
        // The header name is the subject of the check: written by hand, not by SyncRequest.
        var request = SyncRequest(agent.Id, $"sync with the header written '{headerName}'").WithHeader(headerName, agent.CurrentGuid);
        var response = await Client.SendAsync(request);
        Must(
            Req.HeaderEnforcement.Auth008,
            response.ReportsSuccess,
            $"a sync with the Guid in a '{headerName}' header succeeds",
            response.Summary);
    }

    [Test]
    [Requirement(Req.HeaderEnforcement.Auth009)]
    public async Task Syncs_with_the_documented_headers()
    {
        var agent = await SignInAsync();
        var response = await agent.SyncAsync("sync with Content-Type application/json; charset=UTF-8 and the agent's Guid");
        Must(
            Req.HeaderEnforcement.Auth009,
            response.ReportsSuccess && response.AgentStateInfo is not null,
            "HTTP 2xx, retcode \"0\" and result.agentStateInfo",
            $"{response.Summary}{(response.AgentStateInfo is null ? ", no agentStateInfo" : "")}");
    }

    [Test]
    [Requirement(Req.HeaderEnforcement.Auth010)]
    public Task Handles_a_sync_without_content_type_cleanly() =>
        CleanlyAcceptsOrRefusesAsync(Req.HeaderEnforcement.Auth010, contentType: null);

    [Test]
    [Requirement(Req.HeaderEnforcement.Auth011)]
    public Task Handles_a_sync_with_a_non_json_content_type_cleanly() =>
        CleanlyAcceptsOrRefusesAsync(Req.HeaderEnforcement.Auth011, "text/plain");

    [Test]
    [Requirement(Req.HeaderEnforcement.Auth012, Req.HeaderEnforcement.Auth013)]
    public async Task Refuses_sync_for_an_agent_that_is_not_signed_in()
    {
        var agent = await SignInAsync();
        await agent.SignOutAsync();
        var response = await SyncWithGuid(agent, agent.CurrentGuid, "sync of a signed-out agent with its last Guid");
        MustNotSucceed(Req.HeaderEnforcement.Auth012, response, "a sync for an agent that is not signed in");
        Should(Req.HeaderEnforcement.Auth013, response.Retcode == "100-006", "retcode 100-006", response.Summary);
    }

    [Test]
    [Requirement(Req.HeaderEnforcement.Auth012, Req.HeaderEnforcement.Auth013)]
    public async Task Refuses_sync_for_an_agent_that_never_signed_in()
    {
        var agent = await SignInAsync();
        var stranger = AgentIdNobodySignsIn();
        var response = await Client.SendAsync(
            SyncRequest(stranger, $"sync of agent {stranger}, never signed in, with the Guid of agent {agent.Id}", agent.CurrentGuid));
        MustNotSucceed(Req.HeaderEnforcement.Auth012, response, $"a sync for agent {stranger}, which was never signed in");
        Should(Req.HeaderEnforcement.Auth013, response.Retcode == "100-006", "retcode 100-006", response.Summary);
    }

    [TestCase("{}", TestName = "{m}(empty_object)")]
    [TestCase("{\"agentid\":\"refresh\",\"page\":{\"reload\":true}}", TestName = "{m}(unknown_fields)")]
    [Requirement(Req.HeaderEnforcement.Auth014)]
    public async Task Ignores_a_small_request_body(string body)
    {
        var agent = await SignInAsync();
        var response = await Client.SendAsync(SyncRequest(agent.Id, $"sync carrying the body {body}", agent.CurrentGuid) with { Body = body });
        Should(
            Req.HeaderEnforcement.Auth014,
            Succeeded(response) && response.AgentStateInfo is not null,
            "the sync succeeds with result.agentStateInfo, as one without a body",
            $"{response.Summary}{(response.AgentStateInfo is null ? ", no agentStateInfo" : "")}");
    }
}
