using System.Globalization;
using System.Text.Json.Nodes;
using AgentGateway.Reference.Agents;

namespace AgentGateway.Reference.Calls;

/// <summary>
/// The events of a call, named and shaped as the event pages show them (call-control sheet section 3.1): strings for
/// every value of Ringing, Auto_Answer and Talking, a bare callid string for Hold, Call_Release and the failures.
/// </summary>
internal static class CallEvents
{
    public const string Busy = "AgentState_Busy";
    public const string PhoneAlerting = "AgentOther_PhoneAlerting";
    public const string PhoneOffhook = "AgentOther_PhoneOffhook";
    public const string PhoneRelease = "AgentOther_PhoneRelease";
    public const string Ringing = "AgentEvent_Ringing";
    public const string AutoAnswer = "AgentEvent_Auto_Answer";
    public const string CustomerAlerting = "AgentEvent_Customer_Alerting";
    public const string Talking = "AgentEvent_Talking";
    public const string Hold = "AgentEvent_Hold";
    public const string CallRelease = "AgentEvent_Call_Release";
    public const string CustomerRelease = "AgentEvent_Customer_Release";
    public const string CallOutFail = "AgentEvent_Call_Out_Fail";
    public const string InsideCallFail = "AgentEvent_Inside_Call_Fail";
    public const string ConnectFail = "AgentEvent_Connect_Fail";
    public const string NoAnswer = "AgentEvent_No_Answer";

    /// <summary>phoneState of AgentOther_PhoneRelease: the agent hung up.</summary>
    public const int AgentHungUp = 2;

    /// <summary>phoneState of AgentOther_PhoneRelease: the platform hung up.</summary>
    public const int PlatformHungUp = 3;

    public static QueuedEvent Plain(string eventType, DateTimeOffset now) => new(eventType, null, now);

    /// <summary>An event whose content is the callid alone.</summary>
    public static QueuedEvent OfCallId(string eventType, Call call, DateTimeOffset now) => new(eventType, call.Id, now);

    public static QueuedEvent PhoneOff(DateTimeOffset now) => new(PhoneOffhook, new JsonObject { ["type"] = "main" }, now);

    public static QueuedEvent PhoneDown(int phoneState, DateTimeOffset now) =>
        new(PhoneRelease, new JsonObject { ["phoneState"] = phoneState }, now);

    /// <summary>The other party is alerted; otherPhoneWorkno is its work number, "" for a far-end number.</summary>
    public static QueuedEvent Alerting(CallLeg leg, DateTimeOffset now) => new(CustomerAlerting, new JsonObject
    {
        ["callid"] = leg.Call.Id,
        ["otherPhone"] = leg.Call.PartnerOf(leg),
        ["otherPhoneWorkno"] = leg.Call.Other(leg)?.Agent.AgentId ?? "",
        ["type"] = "main",
    }, now);

    /// <summary>
    /// AgentEvent_Ringing or AgentEvent_Auto_Answer. The Ringing page writes agent numbers with an "a" prefix, so a
    /// number that is the work number of an agent in the call is written so here (and only here).
    /// </summary>
    public static QueuedEvent Offered(CallLeg leg, bool autoAnswer, DateTimeOffset now)
    {
        var call = leg.Call;
        var content = new JsonObject
        {
            ["caller"] = Prefixed(call.CallerNo, call.Origin),
            ["called"] = Prefixed(call.CalledNo, call.Target),
            ["callid"] = call.Id,
            ["type"] = "main",
            ["feature"] = Text(call.Feature),
            ["mediaAbility"] = "1",
            ["transfer"] = "no",
            ["transfrom"] = "",
        };
        return new(autoAnswer ? AutoAnswer : Ringing, content, now);
    }

    public static QueuedEvent Talk(Call call, DateTimeOffset now) => new(Talking, new JsonObject
    {
        ["caller"] = call.CallerNo,
        ["called"] = call.CalledNo,
        ["callid"] = call.Id,
        ["type"] = "main",
        ["feature"] = Text(call.Feature),
        ["mediaAbility"] = "1",
    }, now);

    /// <summary>The other party, whose number is given, has left the call.</summary>
    public static QueuedEvent CustomerLeft(Call call, string number, DateTimeOffset now) =>
        new(CustomerRelease, new JsonObject { ["callid"] = call.Id, ["number"] = number }, now);

    private static string Prefixed(string number, CallLeg? leg) =>
        leg is not null && string.Equals(number, leg.Agent.AgentId, StringComparison.Ordinal) ? "a" + number : number;

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
