using System.Text.Json.Nodes;
using AgentGateway.Reference.Agents;

namespace AgentGateway.Reference.Variations;

/// <summary>
/// published-example-types: the syncagentinfo result takes the types of the published example, null for the empty
/// strings and agentStateBeginTime as an integer, which the compatible profile allows by ruling.
/// </summary>
internal static class PublishedExampleTypes
{
    public static JsonObject Apply(JsonObject result, SignedInAgent session)
    {
        var info = result["agentStateInfo"]!.AsObject();
        result["callinfo"] = null;
        info["beginHoldTime"] = null;
        info["secondTalkingTime"] = null;
        info["beginTalkingTime"] = null;
        info["agentStateBeginTime"] = session.StateBeganAt.ToUnixTimeMilliseconds();
        return result;
    }
}
