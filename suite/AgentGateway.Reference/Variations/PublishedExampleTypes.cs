using System.Text.Json.Nodes;
using AgentGateway.Reference.Agents;

namespace AgentGateway.Reference.Variations;

/// <summary>
/// published-example-types: the syncagentinfo result takes the types of the published example, null for the empty
/// strings that it shows as null (callinfo and the call times) and agentStateBeginTime as an integer, which the
/// compatible profile allows by ruling. During a call those fields keep their values.
/// </summary>
internal static class PublishedExampleTypes
{
    public static JsonObject Apply(JsonObject result, SignedInAgent session)
    {
        var info = result["agentStateInfo"]!.AsObject();
        NullWhenEmpty(result, "callinfo");
        NullWhenEmpty(info, "beginHoldTime");
        NullWhenEmpty(info, "secondTalkingTime");
        NullWhenEmpty(info, "beginTalkingTime");
        info["agentStateBeginTime"] = session.StateBeganAt.ToUnixTimeMilliseconds();
        return result;
    }

    private static void NullWhenEmpty(JsonObject json, string name)
    {
        if (json[name] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length == 0)
        {
            json[name] = null;
        }
    }
}
