using AgentGateway.Conformance.Agents;
using AgentGateway.Conformance.Harness;
using AgentGateway.Conformance.Requirements;
using AgentGateway.Conformance.Schemas;
using NUnit.Framework;

namespace AgentGateway.Conformance.Checks.SchemaConformance;

[TestFixture]
public sealed partial class SchemaConformanceTests : ConformanceTest
{
    [Test]
    [Requirement(Req.SchemaConformance.Schema001)]
    public Task Success_carries_agent_state_info_with_all_table_5_fields() =>
        JudgeSyncsAsync(
            Req.SchemaConformance.Schema001,
            Schemas.SyncSuccess,
            IsMissingStructure,
            "result.agentStateInfo an object with all 25 Table 5 fields");

    [Test]
    [Requirement(Req.SchemaConformance.Schema002)]
    public Task Success_carries_callinfo_as_a_string_or_null() =>
        JudgeSyncsAsync(
            Req.SchemaConformance.Schema002, Schemas.SyncSuccess, v => v.Path == CallInfoPath, "result.callinfo a string or null");

    [Test]
    [Requirement(Req.SchemaConformance.Schema003)]
    public Task Every_agent_state_info_field_has_its_table_5_type() =>
        JudgeSyncsAsync(
            Req.SchemaConformance.Schema003, Schemas.SyncSuccess, IsFieldTypeViolation, "every Table 5 field of its documented type");

    [Test]
    [Requirement(Req.SchemaConformance.Schema004)]
    public Task No_string_field_is_null() =>
        JudgeStrictAsync(
            Req.SchemaConformance.Schema004,
            (v, body) => v.Kind == SchemaViolationKind.StringExpected && !IsTimestamp(v.Path) && IsNullAt(body, v.Path),
            "no string field of result or agentStateInfo is null");

    [Test]
    [Requirement(Req.SchemaConformance.Schema005)]
    public Task Every_timestamp_is_a_json_string() =>
        JudgeStrictAsync(Req.SchemaConformance.Schema005, (v, _) => IsTimestamp(v.Path), "every millisecond timestamp a JSON string");

    [Test]
    [Requirement(Req.SchemaConformance.Schema006)]
    public async Task Success_is_answered_as_json()
    {
        var agent = await SignInAsync();
        var response = await SuccessfulSyncAsync(agent);
        var contentType = response.Header("Content-Type");
        Should(
            Req.SchemaConformance.Schema006,
            contentType is not null && contentType.Split(';')[0].Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase),
            "Content-Type application/json",
            contentType ?? "no Content-Type");
    }

    [Test]
    [Requirement(Req.SchemaConformance.Schema007)]
    public async Task Success_carries_no_fields_beyond_the_tables()
    {
        var agent = await SignInAsync();
        var response = await SuccessfulSyncAsync(agent);
        var unknown = ResponseSchemas.FindUnknownFields(response.Body);
        Should(
            Req.SchemaConformance.Schema007,
            unknown.Count == 0,
            "no fields beyond Tables 3, 4 and 5",
            unknown.Count == 0 ? "none" : string.Join(", ", unknown));
    }

    [Test]
    [Requirement(Req.SchemaConformance.Schema008)]
    public async Task Polled_events_have_the_documented_envelope()
    {
        var agent = await SignInAsync();
        var reason = NextMarkerReason();
        await agent.QueueBusyMarkerAsync(reason);
        var events = 0;
        while (true)
        {
            var poll = await agent.PollAsync();
            var violations = ResponseSchemas.Validate(Schemas.EventResponse, poll.Response.Body);
            Should(
                Req.SchemaConformance.Schema008,
                poll.Response.Status is >= 200 and < 300 && violations.Count == 0 && poll.Event is not null,
                "HTTP 2xx and a body with message, retcode \"0\" and an event {eventType, workNo, content}",
                $"{poll.Response.Summary}; {Describe(violations)}{(poll.Event is null ? "; no event" : "")}");
            if (++events > 20 || poll.Event is null || poll.Event.IsBusyMarker(reason))
            {
                break;
            }
        }
    }

    [Test]
    [Requirement(Req.SchemaConformance.Schema009)]
    public async Task Sign_in_answers_with_retcode_zero_and_a_set_guid_header()
    {
        var agent = LeasedAgents[0];
        var api = new AgentGatewayApi(Client);
        var response = await api.SignInAsync(agent, "sign in");
        if (response.IssuedGuid is { } guid)
        {
            await api.SignOutAsync(agent.Id, guid, "sign out");
        }

        var violations = ResponseSchemas.Validate(Schemas.SignInSuccess, response.Body);
        Should(
            Req.SchemaConformance.Schema009,
            response.IsDocumentedSuccess && violations.Count == 0 && response.IssuedGuid is { Length: > 0 },
            "retcode \"0\", a readable sign-in body and a Set-GUID header",
            $"{response.Summary}; {Describe(violations)}; Set-GUID {(response.Header("Set-GUID") is null ? "absent" : "present")}");
    }
}
