using System.Text.Json.Nodes;
using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Calls;
using AgentGateway.Reference.Http;
using Microsoft.AspNetCore.Http;

namespace AgentGateway.Reference.Faults;

internal sealed partial class ActiveFaults
{
    public override GatewayAnswer? RefuseSyncRequest(HttpRequest request)
    {
        foreach (var fault in _faults)
        {
            if (fault.RefuseSyncRequest(request) is { } refusal)
            {
                return refusal;
            }
        }

        return null;
    }

    public override GatewayAnswer AnswerRefusedSync(SyncContext sync, GatewayAnswer refusal)
    {
        foreach (var fault in _faults)
        {
            refusal = fault.AnswerRefusedSync(sync, refusal);
        }

        return refusal;
    }

    public override GatewayAnswer AnswerSyncNotSignedIn(AgentSlot slot, GatewayServices services, GatewayAnswer refusal)
    {
        foreach (var fault in _faults)
        {
            refusal = fault.AnswerSyncNotSignedIn(slot, services, refusal);
        }

        return refusal;
    }

    /// <summary>The first fault clears in its own way, and may call the next one's clearing, down to the conformant one.</summary>
    public override void ClearQueueOnSync(SyncContext sync, Action clear)
    {
        if (_faults.Length == 0)
        {
            clear();
        }
        else
        {
            ClearFrom(0, sync, clear);
        }
    }

    public override void AfterSync(SyncContext sync)
    {
        foreach (var fault in _faults)
        {
            fault.AfterSync(sync);
        }
    }

    public override void AfterSyncUnlocked(SyncContext sync)
    {
        foreach (var fault in _faults)
        {
            fault.AfterSyncUnlocked(sync);
        }
    }

    public override void AfterCallEnded(CallLeg leg)
    {
        foreach (var fault in _faults)
        {
            fault.AfterCallEnded(leg);
        }
    }

    public override ReportedAgent ReportAgent(ReportedAgent reported, SignedInAgent agent)
    {
        foreach (var fault in _faults)
        {
            reported = fault.ReportAgent(reported, agent);
        }

        return reported;
    }

    public override ReportedCall ReportCall(ReportedCall reported, SignedInAgent agent)
    {
        foreach (var fault in _faults)
        {
            reported = fault.ReportCall(reported, agent);
        }

        return reported;
    }

    public override void ShapeSyncResult(JsonObject result)
    {
        foreach (var fault in _faults)
        {
            fault.ShapeSyncResult(result);
        }
    }

    public override GatewayAnswer ShapeSyncSuccess(GatewayAnswer answer)
    {
        foreach (var fault in _faults)
        {
            answer = fault.ShapeSyncSuccess(answer);
        }

        return answer;
    }

    public override GatewayAnswer ShapeSyncFailure(GatewayAnswer answer)
    {
        foreach (var fault in _faults)
        {
            answer = fault.ShapeSyncFailure(answer);
        }

        return answer;
    }

    private void ClearFrom(int index, SyncContext sync, Action clear)
    {
        if (index == _faults.Length)
        {
            clear();
        }
        else
        {
            _faults[index].ClearQueueOnSync(sync, () => ClearFrom(index + 1, sync, clear));
        }
    }
}
