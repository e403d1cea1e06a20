using System.Globalization;
using System.Text.Json.Nodes;
using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Variations;

namespace AgentGateway.Reference.Http;

/// <summary>
/// Builds the syncagentinfo result of Tables 4 and 5: every field present with its table type (strings "" when
/// empty, millisecond timestamps as strings of digits), then applies the schema, enumeration and consistency faults and
/// the published-example-types variation.
/// </summary>
internal static class SyncResult
{
    private static readonly TimeSpan SkewBehind = TimeSpan.FromMinutes(10);

    public static JsonObject Build(SignedInAgent session, string agentId, DateTimeOffset now, GatewaySettings settings)
    {
        var info = new JsonObject
        {
            ["callFeature"] = settings.Has(GatewayFault.CallFeatureOutOfTable) ? 1 : 0,
            ["callData"] = "",
            ["lastState"] = LastState(session, settings),
            ["preBusy"] = settings.Has(GatewayFault.WrongTypeField) ? "false" : false,
            ["firsttalkingFlag"] = false,
            ["workNo"] = settings.Has(GatewayFault.WorkNumberMismatch) ? OtherNumber(session, agentId) : agentId,
            ["qcWorkNo"] = "",
            ["callerNo"] = "",
            ["beginHoldTime"] = "",
            ["state"] = State(session, settings),
            ["talkingCallfeature"] = settings.Has(GatewayFault.TalkingCallFeatureOutOfTable) ? 40 : 0,
            ["releaseFlag"] = 0,
            ["calledNo"] = "",
            ["mainCallId"] = "",
            ["secondTalkingTime"] = "",
            ["preRest"] = false,
            ["recordID"] = "",
            ["currentTime"] = Milliseconds(settings.Has(GatewayFault.ClockSkew) ? now - SkewBehind : now),
            ["beginTalkingTime"] = "",
            ["partner"] = "",
            ["holdCallId"] = "",
            ["agentStateBeginTime"] = Milliseconds(session.StateBeganAt),
            ["curCommand"] = settings.Has(GatewayFault.CurCommandOutOfTable) ? 25 : 0,
            ["curCallId"] = "",
            ["cmdBeginTime"] = "",
        };

        var result = new JsonObject
        {
            ["callinfo"] = settings.Has(GatewayFault.CallInfoAsObject) ? new JsonObject() : "",
            ["agentStateInfo"] = info,
        };
        if (settings.Has(GatewayFault.ExtraField))
        {
            info["vdnId"] = 1;
        }

        if (settings.Has(GatewayFault.MissingField))
        {
            info.Remove("curCommand");
        }

        return settings.Has(GatewayVariation.PublishedExampleTypes) ? PublishedExampleTypes.Apply(result, session) : result;
    }

    private static int State(SignedInAgent session, GatewaySettings settings)
    {
        if (settings.Has(GatewayFault.StateOutOfTable))
        {
            return 0;
        }

        return settings.Has(GatewayFault.StateNotUpdated) ? (int)AgentState.Idle : (int)session.State;
    }

    private static int LastState(SignedInAgent session, GatewaySettings settings)
    {
        var last = settings.Has(GatewayFault.LastStateNotTracked) ? AgentStates.NoPreviousState : session.LastState;
        return last == AgentStates.NoPreviousState && settings.Has(GatewayFault.LastStateOutOfTable) ? -1 : last;
    }

    private static string OtherNumber(SignedInAgent session, string agentId) =>
        session.PhoneNumber.Length == 0 || string.Equals(session.PhoneNumber, agentId, StringComparison.Ordinal) ? "0" : session.PhoneNumber;

    private static string Milliseconds(DateTimeOffset time) => time.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// The values a sync reports of the agent, before they are written into its result: its state and previous state
/// (Table 3), its work number and the gateway's current time.
/// </summary>
internal sealed record ReportedAgent(int State, int LastState, string WorkNo, DateTimeOffset CurrentTime);
