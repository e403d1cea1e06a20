using System.Text.Json;
using System.Text.Json.Nodes;
using AgentGateway.Conformance.Harness;
using AgentGateway.Conformance.Http;
using AgentGateway.Conformance.Requirements;
using NUnit.Framework;

namespace AgentGateway.Conformance.Checks.Consistency;

/// <summary>The fields that say what an agent without a call has asked for and is doing: preBusy, preRest and curCommand.</summary>
public sealed partial class ConsistencyTests
{
    private const int NoCommand = 0;
    private const int ShowBusyCommand = 30;
    private const int RestCommand = 31;

    [Test]
    [Requirement(Req.Consistency.Cons011)]
    public async Task Reports_no_pending_busy_or_rest_when_none_is_asked_for()
    {
        var judged = 0;
        foreach (var (state, sync) in await SyncsInEveryStateAsync())
        {
            judged += JudgeNotPending(sync, "preBusy", "the agent has no call, so no busy can be pending");
            if (state != StateWithoutCall.Rest)
            {
                judged += JudgeNotPending(sync, "preRest", "no rest has been asked for since the last one ended");
            }
        }

        if (judged == 0)
        {
            Skip("no sync carried preBusy or preRest as a boolean; their presence and type are judged by the SchemaConformance checks");
        }
    }

    [Test]
    [Requirement(Req.Consistency.Cons012)]
    public async Task Reports_no_command_of_a_call_while_the_agent_has_none()
    {
        var judged = 0;
        foreach (var (state, sync) in await SyncsInEveryStateAsync())
        {
            if (IntField(sync, "curCommand") is not { } command)
            {
                continue;
            }

            judged++;
            List<int> allowed = [NoCommand];
            if (state == StateWithoutCall.Busy || Flag(sync, "preBusy") == true)
            {
                allowed.Add(ShowBusyCommand);
            }

            if (state == StateWithoutCall.Rest || Flag(sync, "preRest") == true)
            {
                allowed.Add(RestCommand);
            }

            Should(
                Req.Consistency.Cons012,
                allowed.Contains(command),
                $"curCommand {string.Join(" or ", allowed)} ({sync.Exchange.Purpose}, no call)",
                $"curCommand {command}",
                "$.result.agentStateInfo.curCommand");
        }

        if (judged == 0)
        {
            Skip("no sync carried curCommand as a number; its presence and type are judged by the SchemaConformance checks");
        }
    }

    /// <summary>Judges that a flag is false; 0 when it is not a boolean and cannot be judged here, else 1.</summary>
    private int JudgeNotPending(GatewayResponse sync, string field, string why)
    {
        if (Flag(sync, field) is not { } pending)
        {
            return 0;
        }

        Should(
            Req.Consistency.Cons011,
            !pending,
            $"{field} false ({sync.Exchange.Purpose}: {why})",
            $"{field} {Raw(sync, field)}",
            $"$.result.agentStateInfo.{field}");
        return 1;
    }

    /// <summary>A boolean field of agentStateInfo; null when it is absent or not a boolean.</summary>
    private static bool? Flag(GatewayResponse sync, string field) =>
        sync.AgentStateInfo?[field] is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False
            ? value.GetValue<bool>()
            : null;
}
