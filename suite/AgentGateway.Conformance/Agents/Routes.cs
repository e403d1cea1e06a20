using System.Globalization;

namespace AgentGateway.Conformance.Agents;

/// <summary>The documented paths, relative to the target's base URL.</summary>
public static class Routes
{
    private const string Resource = "agentgateway/resource/";

    public static string SignIn(string agentId) => $"{Resource}onlineagent/{agentId}";
    public static string ForceLogin(string agentId) => $"{Resource}onlineagent/{agentId}/forcelogin";
    public static string SignOut(string agentId) => $"{Resource}onlineagent/{agentId}/logout";
    public static string Sync(string agentId) => $"{Resource}onlineagent/{agentId}/syncagentinfo";
    public static string Poll(string agentId) => $"{Resource}agentevent/{agentId}";
    public static string AgentStatus(string agentId) => $"{Resource}onlineagent/{agentId}/agentstatus";

    public static string SayBusy(string agentId, int reason) =>
        string.Create(CultureInfo.InvariantCulture, $"{Resource}onlineagent/{agentId}/saybusy?reason={reason}");

    public static string SayFree(string agentId) => $"{Resource}onlineagent/{agentId}/sayfree";

    public static string Rest(string agentId, int seconds, int cause) =>
        string.Create(CultureInfo.InvariantCulture, $"{Resource}onlineagent/{agentId}/rest/{seconds}/{cause}");

    public static string CancelRest(string agentId) => $"{Resource}onlineagent/{agentId}/cancelrest";
    public static string Work(string agentId) => $"{Resource}onlineagent/{agentId}/work";
    public static string CallInner(string agentId) => $"{Resource}voicecall/{agentId}/callinner";
    public static string CallOut(string agentId) => $"{Resource}voicecall/{agentId}/callout";
    public static string Hold(string agentId) => $"{Resource}voicecall/{agentId}/hold";
    public static string Unhold(string agentId, string callId) => $"{Resource}voicecall/{agentId}/gethold?callid={Uri.EscapeDataString(callId)}";
    public static string Release(string agentId) => $"{Resource}voicecall/{agentId}/release";
    public static string AutoAnswer(string agentId, bool on) => $"{Resource}onlineagent/{agentId}/autoanswer/{(on ? "true" : "false")}";
    public static string AutoEnterIdle(string agentId, bool on) => $"{Resource}onlineagent/{agentId}/autoenteridle/{(on ? "true" : "false")}";
}
