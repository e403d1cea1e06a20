using System.Text.Json.Nodes;
using AgentGateway.Reference.Agents;

namespace AgentGateway.Reference.Http;

/// <summary>
/// The event poll: one event per response, or after <see cref="GatewaySettings.LongPollWait"/> exactly
/// <c>{"message":"","retcode":"0"}</c>. The wait holds no thread. In AUTHMODE 2 a poll response is where a
/// rotated Guid goes out, in Set-GUID.
/// </summary>
internal sealed class EventEndpoint(GatewayServices services)
{
    public async ValueTask<GatewayAnswer> PollAsync(RoutedRequest request)
    {
        var slot = services.Registry.Slot(request.AgentId);
        SignedInAgent session;
        lock (slot.Gate)
        {
            var access = services.Authenticator.Check(slot, request.Headers, out var granted);
            if (access != Access.Granted)
            {
                return GuidAuthenticator.Refusal(access);
            }

            session = granted!;
            session.OpenPolls++;
        }

        QueuedEvent? next;
        using (var stop = CancellationTokenSource.CreateLinkedTokenSource(request.Aborted, services.Stopping))
        {
            try
            {
                next = await session.Events.DequeueAsync(services.Settings.LongPollWait, services.Time, stop.Token).ConfigureAwait(false);
            }
            finally
            {
                lock (slot.Gate)
                {
                    session.OpenPolls--;
                    session.LastRequestAt = services.Now;
                }
            }
        }

        string? newGuid;
        lock (slot.Gate)
        {
            if (next is null && (session.Ended || !ReferenceEquals(slot.Session, session)))
            {
                return GatewayAnswer.Failure(Retcodes.NotSignedIn);
            }

            newGuid = services.Registry.RotateIfDue(session);
        }

        var envelope = new JsonObject { ["message"] = "", ["retcode"] = Retcodes.Success };
        if (next is not null)
        {
            envelope["event"] = ToJson(next, request.AgentId);
        }

        var response = GatewayAnswer.Json(envelope);
        return newGuid is not null ? response.WithSetGuid(newGuid, services.Settings, rotated: true) : response;
    }

    private JsonObject ToJson(QueuedEvent agentEvent, string agentId)
    {
        var json = new JsonObject { ["eventType"] = agentEvent.EventType };
        if (services.Settings.Edition2025)
        {
            json["eventGenTime"] = agentEvent.GeneratedAt.ToUnixTimeMilliseconds();
        }

        json["workNo"] = agentId;
        json["content"] = agentEvent.Content?.DeepClone();
        services.Settings.Faults.ShapePolledEvent(json, agentId);
        return json;
    }
}
