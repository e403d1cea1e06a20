using System.Text.Json.Nodes;

namespace AgentGateway.Reference.Calls;

/// <summary>
/// The call information a syncagentinfo reports of an agent (Table 5 fields and result.callinfo), before it is written
/// into the result. <see cref="None"/> is what an agent without a call reports. Times are null where the field is empty.
/// </summary>
internal sealed record ReportedCall(
    int CallFeature,
    int TalkingCallFeature,
    int CurCommand,
    DateTimeOffset? CommandSince,
    string CurCallId,
    string MainCallId,
    string HoldCallId,
    string CallerNo,
    string CalledNo,
    string Partner,
    string CallData,
    DateTimeOffset? BeginTalkingTime,
    DateTimeOffset? BeginHoldTime,
    bool FirstTalking,
    string CallInfo)
{
    public static ReportedCall None { get; } = new(0, 0, 0, null, "", "", "", "", "", "", "", null, null, false, "");

    /// <summary>
    /// The agent's call as the tables describe it. Where the documents are silent (every per-phase value is INFERRED in
    /// the call-control sheet, section 4.2): the call type and the numbers are reported from the moment the call exists;
    /// talkingCallfeature, beginTalkingTime and firsttalkingFlag once the agent talks (and on hold); partner is the other
    /// party's number in every phase; mainCallId is the callid, as the agent has one call; holdCallId and beginHoldTime
    /// while held; secondTalkingTime stays empty, as no second (consultation) call is made.
    /// </summary>
    public static ReportedCall Of(CallLeg? leg)
    {
        if (leg is null)
        {
            return None;
        }

        var call = leg.Call;
        var talked = leg.TalkingSince is not null;
        return new ReportedCall(
            CallFeature: call.Feature,
            TalkingCallFeature: talked ? call.Feature : 0,
            CurCommand: leg.Command,
            CommandSince: leg.Command == 0 ? null : leg.CommandSince,
            CurCallId: call.Id,
            MainCallId: call.Id,
            HoldCallId: leg.Phase == CallPhase.Held ? call.Id : "",
            CallerNo: call.CallerNo,
            CalledNo: call.CalledNo,
            Partner: call.PartnerOf(leg),
            CallData: call.CallData,
            BeginTalkingTime: leg.TalkingSince,
            BeginHoldTime: leg.HeldSince,
            FirstTalking: talked,
            CallInfo: Describe(call));
    }

    /// <summary>
    /// callinfo: typed string with no documented content; here the call-info object of <c>calldata/{agentid}/callinfo</c>
    /// (fields as Huawei's client code models it) serialised as JSON, which a client that only records it can keep.
    /// </summary>
    private static string Describe(Call call) => new JsonObject
    {
        ["callfeature"] = call.Feature,
        ["callid"] = call.Id,
        ["caller"] = call.CallerNo,
        ["called"] = call.CalledNo,
        ["callskill"] = "voice",
        ["callskillid"] = call.SkillId,
        ["orgicallednum"] = "",
        ["calldata"] = call.CallData,
        ["begintime"] = call.CreatedAt.ToUnixTimeMilliseconds(),
        ["endtime"] = null,
    }.ToJsonString();
}
