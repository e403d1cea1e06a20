using System.Globalization;
using System.Text.Json.Nodes;
using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Calls;
using AgentGateway.Reference.Variations;

namespace AgentGateway.Reference.Http;

/// <summary>
/// Builds the syncagentinfo result of Tables 4 and 5: every field present with its table type (strings "" when
/// empty, millisecond timestamps as strings of digits), the call fields from the agent's call (see
/// <see cref="ReportedCall.Of"/>), then lets the fault hooks and the published-example-types variation shape it. Call
/// under <see cref="CallDesk.Gate"/>, so that the state and the call are read together.
/// </summary>
internal static class SyncResult
{
    public static JsonObject Build(SignedInAgent session, string agentId, DateTimeOffset now, GatewaySettings settings)
    {
        var reported = settings.Faults.ReportAgent(
            new ReportedAgent((int)session.State, session.LastState, agentId, now, session.StateBeganAt), session);
        var call = settings.Faults.ReportCall(ReportedCall.Of(session.Call), session);
        var info = new JsonObject
        {
            ["callFeature"] = call.CallFeature,
            ["callData"] = call.CallData,
            ["lastState"] = reported.LastState,
            ["preBusy"] = false,
            ["firsttalkingFlag"] = call.FirstTalking,
            ["workNo"] = reported.WorkNo,
            ["qcWorkNo"] = "",
            ["callerNo"] = call.CallerNo,
            ["beginHoldTime"] = Milliseconds(call.BeginHoldTime),
            ["state"] = reported.State,
            ["talkingCallfeature"] = call.TalkingCallFeature,
            ["releaseFlag"] = 0,
            ["calledNo"] = call.CalledNo,
            ["mainCallId"] = call.MainCallId,
            ["secondTalkingTime"] = "",
            ["preRest"] = false,
            ["recordID"] = "",
            ["currentTime"] = Milliseconds(reported.CurrentTime),
            ["beginTalkingTime"] = Milliseconds(call.BeginTalkingTime),
            ["partner"] = call.Partner,
            ["holdCallId"] = call.HoldCallId,
            ["agentStateBeginTime"] = Milliseconds(reported.StateBeganAt),
            ["curCommand"] = call.CurCommand,
            ["curCallId"] = call.CurCallId,
            ["cmdBeginTime"] = Milliseconds(call.CommandSince),
        };

        var result = new JsonObject { ["callinfo"] = call.CallInfo, ["agentStateInfo"] = info };
        settings.Faults.ShapeSyncResult(result);
        return settings.Has(GatewayVariation.PublishedExampleTypes) ? PublishedExampleTypes.Apply(result, session) : result;
    }

    private static string Milliseconds(DateTimeOffset time) => time.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    private static string Milliseconds(DateTimeOffset? time) => time is { } value ? Milliseconds(value) : "";
}

/// <summary>
/// The values a sync reports of the agent, before they are written into its result: its state and previous state
/// (Table 3), its work number, the gateway's current time and when the agent's state began.
/// </summary>
internal sealed record ReportedAgent(int State, int LastState, string WorkNo, DateTimeOffset CurrentTime, DateTimeOffset StateBeganAt);
