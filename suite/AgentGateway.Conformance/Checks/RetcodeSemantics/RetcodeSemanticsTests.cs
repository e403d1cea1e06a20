using System.Text.Json.Nodes;
using AgentGateway.Conformance.Agents;
using AgentGateway.Conformance.Harness;
using AgentGateway.Conformance.Http;
using AgentGateway.Conformance.Requirements;
using NUnit.Framework;

namespace AgentGateway.Conformance.Checks.RetcodeSemantics;

[TestFixture]
public sealed partial class RetcodeSemanticsTests : ConformanceTest
{
    [Test]
    [Requirement(Req.RetcodeSemantics.Ret001)]
    public async Task Reports_success_with_retcode_the_string_zero()
    {
        var agent = await SignInAsync();
        var response = await agent.SyncAsync();
        var retcode = response.RetcodeNode;
        Must(
            Req.RetcodeSemantics.Ret001,
            response.Status is >= 200 and < 300 && retcode is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String && response.Retcode == "0",
            "retcode \"0\" (a JSON string) on a successful sync",
            $"HTTP {response.Status}, retcode {retcode?.ToJsonString() ?? "absent"}",
            "$.retcode");
    }

    [Test]
    [Requirement(Req.RetcodeSemantics.Ret002)]
    public async Task Carries_message_as_a_string_on_every_sync_answer()
    {
        var agent = await SignInAsync();
        foreach (var response in await SuccessAndBusinessFailuresAsync(agent))
        {
            var message = (response.Json as JsonObject)?["message"];
            Must(
                Req.RetcodeSemantics.Ret002,
                message is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String,
                $"message is a JSON string ({response.Exchange.Purpose})",
                message?.ToJsonString() ?? (response.IsJsonObject ? "absent" : "the body is not a JSON object"),
                "$.message");
        }
    }

    [Test]
    [Requirement(
        Req.RetcodeSemantics.Ret003,
        Req.RetcodeSemantics.Ret005,
        Req.RetcodeSemantics.Ret006,
        Req.RetcodeSemantics.Ret007,
        Req.RetcodeSemantics.Ret008)]
    public async Task Answers_business_failures_with_a_json_retcode_body()
    {
        var agent = await SignInAsync();
        foreach (var response in (await SuccessAndBusinessFailuresAsync(agent)).Skip(1))
        {
            var what = response.Exchange.Purpose;
            Must(
                Req.RetcodeSemantics.Ret003,
                response.IsJsonObject && response.Message is not null && response.Retcode is { } code && code != "0",
                $"a JSON object with message and a string retcode other than \"0\" ({what})",
                response.IsJsonObject ? response.Summary : $"HTTP {response.Status}, body not a JSON object",
                "$.retcode");
            Should(Req.RetcodeSemantics.Ret005, response.Status == 200, $"HTTP 200 ({what})", $"HTTP {response.Status}");
            Should(
                Req.RetcodeSemantics.Ret006,
                ErrorCodes.HasDocumentedForm(response.Retcode),
                $"retcode of the form NNN-NNN ({what})",
                response.Summary);
            Should(
                Req.RetcodeSemantics.Ret007,
                response.AgentStateInfo is null,
                $"no result.agentStateInfo ({what})",
                "agentStateInfo present",
                "$.result.agentStateInfo");
            Should(
                Req.RetcodeSemantics.Ret008,
                ErrorCodes.IsDocumented(response.Retcode),
                $"a documented error code ({what})",
                response.Summary);
        }
    }

    [Test]
    [Requirement(Req.RetcodeSemantics.Ret004)]
    public async Task Never_answers_a_sync_with_a_server_error()
    {
        var agent = await SignInAsync();
        // A sync without a complete answer is judged by SYNC-RET-009 on every exchange; an oversized body may be refused
        // in any way short of a 5xx, an answer cut off or no answer at all included (ruling 'Request body').
        foreach (var request in OddRequests(agent))
        {
            var response = await Client.SendAsync(request);
            Must(Req.RetcodeSemantics.Ret004, response.Status is not >= 500, $"no HTTP 5xx answer to {request.Purpose}", response.Summary);
        }
    }

    [Test]
    [Requirement(Req.RetcodeSemantics.Ret009, Req.RetcodeSemantics.Ret010)]
    public async Task Answers_a_sync_completely_within_the_timeout_and_the_size_cap()
    {
        var agent = await SignInAsync();
        var response = await agent.SyncAsync("sync, to be answered completely within the request timeout and the size cap");
        Must(
            Req.RetcodeSemantics.Ret009,
            response.Answered || response.Outcome == TransportOutcome.TooLarge,
            $"a complete HTTP answer within {Settings.RequestTimeout.TotalSeconds:0.###} s",
            response.Summary);
        Must(
            Req.RetcodeSemantics.Ret010,
            response.Outcome != TransportOutcome.TooLarge,
            $"an answer of at most {TransportOutcomes.Size(Settings.MaxResponseBytes)}",
            response.Summary);
    }

    [Test]
    [Requirement(Req.RetcodeSemantics.Ret011)]
    public void Serves_syncagentinfo_over_https()
    {
        var url = Target.BaseUri;
        var https = url.Scheme == Uri.UriSchemeHttps;
        var plain = https ? "" : ": plain HTTP, so the run's Guids and passwords crossed the network readable";
        Should(
            Req.RetcodeSemantics.Ret011,
            https,
            "an https target URL: the page documents the gateway at https://ip:port/ only",
            $"target {url.AbsoluteUri}{plain}");
    }
}
