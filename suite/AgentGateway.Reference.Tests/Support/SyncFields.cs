using System.Text.Json;
using System.Text.Json.Nodes;

namespace AgentGateway.Reference.Tests.Support;

/// <summary>Fields of a sync's agentStateInfo as plain values (int, string, bool or null), for comparing with a dictionary.</summary>
internal static class SyncFields
{
    /// <summary>The fields that carry call information.</summary>
    public static readonly string[] Call =
    [
        "callFeature", "talkingCallfeature", "curCommand", "cmdBeginTime", "curCallId", "mainCallId", "holdCallId",
        "callerNo", "calledNo", "partner", "callData", "beginTalkingTime", "beginHoldTime", "firsttalkingFlag",
        "secondTalkingTime",
    ];

    /// <summary>The call fields of an agent without a call, as the gateway reports them before any call.</summary>
    public static Dictionary<string, object?> Idle => new()
    {
        ["callFeature"] = 0,
        ["talkingCallfeature"] = 0,
        ["curCommand"] = 0,
        ["cmdBeginTime"] = "",
        ["curCallId"] = "",
        ["mainCallId"] = "",
        ["holdCallId"] = "",
        ["callerNo"] = "",
        ["calledNo"] = "",
        ["partner"] = "",
        ["callData"] = "",
        ["beginTalkingTime"] = "",
        ["beginHoldTime"] = "",
        ["firsttalkingFlag"] = false,
        ["secondTalkingTime"] = "",
    };

    /// <summary>The named fields; a field the object lacks is left out, so that a comparison names it.</summary>
    public static Dictionary<string, object?> Of(JsonObject info, IEnumerable<string> names) =>
        names.Where(info.ContainsKey).ToDictionary(name => name, name => Plain(info[name]));

    /// <summary>The expected fields: those given, and every other call field at its idle value.</summary>
    public static Dictionary<string, object?> InCall(Dictionary<string, object?> fields)
    {
        var expected = Idle;
        foreach (var (name, value) in fields)
        {
            expected[name] = value;
        }

        return expected;
    }

    private static object? Plain(JsonNode? node) => node?.GetValueKind() switch
    {
        JsonValueKind.Number => node.GetValue<int>(),
        JsonValueKind.String => node.GetValue<string>(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        null or JsonValueKind.Null => null,
        _ => node.ToJsonString(),
    };
}
