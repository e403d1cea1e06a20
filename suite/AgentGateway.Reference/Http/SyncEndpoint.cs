using System.Text.Json.Nodes;
using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Faults;

namespace AgentGateway.Reference.Http;

/// <summary>
/// syncagentinfo: answers the agent's state and call information and clears the agent's event queue completely,
/// queueing nothing; a call in progress goes on. Its Content-Type and body are not read. A refused call changes nothing.
/// </summary>
internal sealed class SyncEndpoint(GatewayServices services)
{
    private ActiveFaults Faults => services.Settings.Faults;

    public ValueTask<GatewayAnswer> Sync(RoutedRequest request)
    {
        if (Faults.RefuseSyncRequest(request.Http.Request) is { } refused)
        {
            return ValueTask.FromResult(refused);
        }

        var slot = services.Registry.Slot(request.AgentId);
        SyncContext sync;
        JsonObject result;
        lock (slot.Gate)
        {
            var access = services.Authenticator.Check(slot, request.Headers, out var session);
            if (access != Access.Granted)
            {
                var refusal = GuidAuthenticator.Refusal(access);
                refusal = access == Access.Refused
                    ? Faults.AnswerRefusedSync(new SyncContext(request.AgentId, slot, session!, services), refusal)
                    : Faults.AnswerSyncNotSignedIn(slot, services, refusal);

                return ValueTask.FromResult(Faults.ShapeSyncFailure(refusal));
            }

            sync = new SyncContext(request.AgentId, slot, session!, services);
            Faults.ClearQueueOnSync(sync, session!.Events.Clear);
            lock (services.Calls.Gate)
            {
                result = SyncResult.Build(session, request.AgentId, services.Now, services.Settings);
            }

            Faults.AfterSync(sync);
        }

        Faults.AfterSyncUnlocked(sync);
        var answer = GatewayAnswer.Json(new JsonObject { ["result"] = result, ["message"] = "success", ["retcode"] = Retcodes.Success });
        return ValueTask.FromResult(Faults.ShapeSyncSuccess(answer));
    }
}
