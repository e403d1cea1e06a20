using System.Globalization;
using System.Text.Json.Nodes;
using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Variations;

namespace AgentGateway.Reference.Http;

/// <summary>
/// Builds the syncagentinfo result of Tables 4 and 5: every field present with its table type (strings "" when
/// empty, millisecond timestamps as strings of digits), then lets the fault hooks and the published-example-types
/// variation shape it.
/// </summary>
internal static class SyncResult
{
    public static JsonObject Build(SignedInAgent session, string agentId, DateTimeOffset now, GatewaySettings settings)
    {
        var reported = settings.Faults.ReportAgent(
            new ReportedAgent((int)session.State, session.LastState, agentId, now, session.StateBeganAt), session);
        var info = new JsonObject
        {
            ["callFeature"] = 0,
            ["callData"] = "",
            ["lastState"] = reported.LastState,
            ["preBusy"] = false,
            ["firsttalkingFlag"] = false,
            ["workNo"] = reported.WorkNo,
            ["qcWorkNo"] = "",
            ["callerNo"] = "",
            ["beginHoldTime"] = "",
            ["state"] = reported.State,
            ["talkingCallfeature"] = 0,
            ["releaseFlag"] = 0,
            ["calledNo"] = "",
            ["mainCallId"] = "",
            ["secondTalkingTime"] = "",
            ["preRest"] = false,
            ["recordID"] = "",
            ["currentTime"] = Milliseconds(reported.CurrentTime),
            ["beginTalkingTime"] = "",
            ["partner"] = "",
            ["holdCallId"] = "",
            ["agentStateBeginTime"] = Milliseconds(reported.StateBeganAt),
            ["curCommand"] = 0,
            ["curCallId"] = "",
            ["cmdBeginTime"] = "",
        };

        var result = new JsonObject { ["callinfo"] = "", ["agentStateInfo"] = info };
        settings.Faults.ShapeSyncResult(result);
        return settings.Has(GatewayVariation.PublishedExampleTypes) ? PublishedExampleTypes.Apply(result, session) : result;
    }

    private static string Milliseconds(DateTimeOffset time) => time.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// The values a sync reports of the agent, before they are written into its result: its state and previous state
/// (Table 3), its work number, the gateway's current time and when the agent's state began.
/// </summary>
internal sealed record ReportedAgent(int State, int LastState, string WorkNo, DateTimeOffset CurrentTime, DateTimeOffset StateBeganAt);
