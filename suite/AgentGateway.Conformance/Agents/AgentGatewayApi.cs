using System.Globalization;
using AgentGateway.Conformance.Configuration;
using AgentGateway.Conformance.Http;
using RestSharp;

namespace AgentGateway.Conformance.Agents;

/// <summary>
/// The documented calls the suite makes in the normal course, one method each, composed by RestSharp and sent through
/// the <see cref="GatewayClient"/>: each is recorded with its purpose, redacted, under the budget, caps and origin rule
/// of every request, and the harness inspects it. Probes that must send exact bytes use <see cref="GatewayClient.SendAsync"/>.
/// </summary>
/// <remarks>
/// The paths are those of <see cref="Routes"/>. Every call carries the documented Content-Type, with or without a body,
/// and the <c>Guid</c> header once the agent is signed in. A method never throws for anything the gateway does.
/// </remarks>
public sealed class AgentGatewayApi(GatewayClient client)
{
    private const string Resource = "agentgateway/resource/";
    private const string OnlineAgent = Resource + "onlineagent/{agentId}";
    private const string VoiceCall = Resource + "voicecall/{agentId}";

    /// <summary>Signs an agent in (PUT onlineagent/{agentId}) with the documented body.</summary>
    public Task<GatewayResponse> SignInAsync(AgentCredentials agent, string purpose) => SignInAsync(OnlineAgent, agent, purpose);

    /// <summary>Signs an agent in although it is still signed in elsewhere (PUT onlineagent/{agentId}/forcelogin).</summary>
    public Task<GatewayResponse> ForceLoginAsync(AgentCredentials agent, string purpose) =>
        SignInAsync(OnlineAgent + "/forcelogin", agent, purpose);

    /// <summary>Signs an agent out (DELETE onlineagent/{agentId}/logout).</summary>
    public Task<GatewayResponse> SignOutAsync(string agentId, string agentGuid, string purpose) =>
        SendAsync(Call(Method.Delete, OnlineAgent + "/logout", agentId, agentGuid), purpose);

    /// <summary>Reads the agent's state and clears its event queue (POST onlineagent/{agentId}/syncagentinfo).</summary>
    public Task<GatewayResponse> SyncAsync(string agentId, string agentGuid, string purpose) =>
        SendAsync(Call(Method.Post, OnlineAgent + "/syncagentinfo", agentId, agentGuid), purpose);

    /// <summary>Takes the next event of the agent (GET agentevent/{agentId}), within <paramref name="budget"/>.</summary>
    public Task<GatewayResponse> PollAsync(string agentId, string agentGuid, string purpose, TimeSpan budget) =>
        SendAsync(Call(Method.Get, Resource + "agentevent/{agentId}", agentId, agentGuid), purpose, budget);

    /// <summary>Reads the agent's state (GET onlineagent/{agentId}/agentstatus).</summary>
    public Task<GatewayResponse> AgentStatusAsync(string agentId, string agentGuid, string purpose) =>
        SendAsync(Call(Method.Get, OnlineAgent + "/agentstatus", agentId, agentGuid), purpose);

    /// <summary>Makes the agent busy with a reason code (POST onlineagent/{agentId}/saybusy?reason=...).</summary>
    public Task<GatewayResponse> SayBusyAsync(string agentId, string agentGuid, int reason, string purpose) =>
        SendAsync(
            Call(Method.Post, OnlineAgent + "/saybusy", agentId, agentGuid)
                .AddQueryParameter("reason", reason.ToString(CultureInfo.InvariantCulture)),
            purpose);

    /// <summary>Makes the agent idle (POST onlineagent/{agentId}/sayfree).</summary>
    public Task<GatewayResponse> SayFreeAsync(string agentId, string agentGuid, string purpose) =>
        SendAsync(Call(Method.Post, OnlineAgent + "/sayfree", agentId, agentGuid), purpose);

    /// <summary>Puts the agent to rest for a time with a cause (POST onlineagent/{agentId}/rest/{seconds}/{cause}).</summary>
    public Task<GatewayResponse> RestAsync(string agentId, string agentGuid, int seconds, int cause, string purpose) =>
        SendAsync(
            Call(Method.Post, OnlineAgent + "/rest/{seconds}/{cause}", agentId, agentGuid)
                .AddUrlSegment("seconds", seconds.ToString(CultureInfo.InvariantCulture))
                .AddUrlSegment("cause", cause.ToString(CultureInfo.InvariantCulture)),
            purpose);

    /// <summary>Ends the agent's rest (POST onlineagent/{agentId}/cancelrest).</summary>
    public Task<GatewayResponse> CancelRestAsync(string agentId, string agentGuid, string purpose) =>
        SendAsync(Call(Method.Post, OnlineAgent + "/cancelrest", agentId, agentGuid), purpose);

    /// <summary>Puts the agent into wrap-up (POST onlineagent/{agentId}/work).</summary>
    public Task<GatewayResponse> WorkAsync(string agentId, string agentGuid, string purpose) =>
        SendAsync(Call(Method.Post, OnlineAgent + "/work", agentId, agentGuid), purpose);

    /// <summary>Calls another agent (PUT voicecall/{agentId}/callinner with <c>{"called": ...}</c>); the result is the callid.</summary>
    public Task<GatewayResponse> CallInnerAsync(string agentId, string agentGuid, string called, string purpose) =>
        SendAsync(Call(Method.Put, VoiceCall + "/callinner", agentId, agentGuid).AddStringBody(Called(called), ContentType.Json), purpose);

    /// <summary>Calls a number (PUT voicecall/{agentId}/callout with <c>{"called": ...}</c>); the result is the callid.</summary>
    public Task<GatewayResponse> CallOutAsync(string agentId, string agentGuid, string called, string purpose) =>
        SendAsync(Call(Method.Put, VoiceCall + "/callout", agentId, agentGuid).AddStringBody(Called(called), ContentType.Json), purpose);

    /// <summary>Answers the call ringing at an agent that answers by hand (PUT voicecall/{agentId}/answer, no body).</summary>
    public Task<GatewayResponse> AnswerAsync(string agentId, string agentGuid, string purpose) =>
        SendAsync(Call(Method.Put, VoiceCall + "/answer", agentId, agentGuid), purpose);

    /// <summary>Holds the agent's call (POST voicecall/{agentId}/hold).</summary>
    public Task<GatewayResponse> HoldAsync(string agentId, string agentGuid, string purpose) =>
        SendAsync(Call(Method.Post, VoiceCall + "/hold", agentId, agentGuid), purpose);

    /// <summary>Takes a held call back (POST voicecall/{agentId}/gethold?callid=...).</summary>
    public Task<GatewayResponse> UnholdAsync(string agentId, string agentGuid, string callId, string purpose) =>
        SendAsync(Call(Method.Post, VoiceCall + "/gethold", agentId, agentGuid).AddQueryParameter("callid", callId), purpose);

    /// <summary>Hangs up the agent's current call (DELETE voicecall/{agentId}/release).</summary>
    public Task<GatewayResponse> ReleaseAsync(string agentId, string agentGuid, string purpose) =>
        SendAsync(Call(Method.Delete, VoiceCall + "/release", agentId, agentGuid), purpose);

    /// <summary>Switches answering by itself on or off (POST onlineagent/{agentId}/autoanswer/{isautoanswer}).</summary>
    public Task<GatewayResponse> AutoAnswerAsync(string agentId, string agentGuid, bool on, string purpose) =>
        SendAsync(
            Call(Method.Post, OnlineAgent + "/autoanswer/{flag}", agentId, agentGuid).AddUrlSegment("flag", on ? "true" : "false"), purpose);

    /// <summary>Makes the agent go idle after a call, or into wrap-up (POST onlineagent/{agentId}/autoenteridle/{flag}).</summary>
    public Task<GatewayResponse> AutoEnterIdleAsync(string agentId, string agentGuid, bool on, string purpose) =>
        SendAsync(
            Call(Method.Post, OnlineAgent + "/autoenteridle/{flag}", agentId, agentGuid).AddUrlSegment("flag", on ? "true" : "false"),
            purpose);

    private static string Called(string called) => new System.Text.Json.Nodes.JsonObject { ["called"] = called }.ToJsonString();

    private Task<GatewayResponse> SignInAsync(string resource, AgentCredentials agent, string purpose)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var request = Call(Method.Put, resource, agent.Id, agentGuid: null)
            .AddStringBody(AgentSession.SignInBody(agent), ContentType.Json);
        return SendAsync(request, purpose);
    }

    private static RestRequest Call(Method method, string resource, string agentId, string? agentGuid)
    {
        var request = new RestRequest(resource, method)
            .AddUrlSegment("agentId", agentId)
            // Replaces the Content-Type RestSharp derives from a body, and is sent on calls without one too.
            .AddHeader("Content-Type", GatewayRequest.JsonContentType);
        return agentGuid is null ? request : request.AddHeader("Guid", agentGuid);
    }

    private async Task<GatewayResponse> SendAsync(RestRequest request, string purpose, TimeSpan? budget = null)
    {
        var call = new GatewayCall(client, purpose, budget);
        request.Interceptors = [call];
        var answer = await client.Rest.ExecuteAsync(request);
        return call.Result(answer);
    }
}
