using System.Text.Json.Nodes;
using AgentGateway.Reference.Agents;
using Microsoft.AspNetCore.Http;

namespace AgentGateway.Reference.Http;

/// <summary>
/// syncagentinfo: answers the agent's state and call information and clears the agent's event queue completely,
/// queueing nothing. A refused call changes nothing. The Content-Type, request body, QueueClearing and RetcodeSemantics faults
/// live here.
/// </summary>
internal sealed class SyncEndpoint(GatewayServices services)
{
    private GatewaySettings Settings => services.Settings;

    public ValueTask<GatewayAnswer> Sync(RoutedRequest request)
    {
        if (ContentTypeRefusal(request.Http.Request.ContentType) is { } unread)
        {
            return ValueTask.FromResult(unread);
        }

        if (Settings.Has(GatewayFault.SyncBodyRefused) && CarriesBody(request.Http.Request))
        {
            var refused = GatewayAnswer.Failure(Retcodes.InvalidParameter, message: "syncagentinfo takes no request body.");
            return ValueTask.FromResult(refused);
        }

        var slot = services.Registry.Slot(request.AgentId);
        JsonObject result;
        lock (slot.Gate)
        {
            var access = services.Authenticator.Check(slot, request.Headers, out var session);
            if (access != Access.Granted)
            {
                if (access == Access.Refused && Settings.Has(GatewayFault.RefusedSyncClearsQueue))
                {
                    slot.Session?.Events.Clear();
                }

                var refusal = GuidAuthenticator.Refusal(access);
                if (access == Access.Refused && Settings.Has(GatewayFault.FailureCarriesState))
                {
                    refusal = WithResult(refusal, SyncResult.Build(session!, request.AgentId, services.Now, Settings));
                }

                return ValueTask.FromResult(ShapeFailure(refusal));
            }

            Clear(session!.Events);
            result = SyncResult.Build(session, request.AgentId, services.Now, Settings);
            if (Settings.Has(GatewayFault.SyncQueuesEvent))
            {
                session.Events.Enqueue(new QueuedEvent(EventTypes.Ready, null, services.Now));
            }

            if (Settings.Has(GatewayFault.SessionDroppedAfterSync))
            {
                AgentRegistry.EndSession(slot);
            }
        }

        if (Settings.Has(GatewayFault.OtherAgentQueueCleared))
        {
            ClearOthers(slot);
        }

        JsonNode retcode = Settings.Has(GatewayFault.RetcodeAsNumber) ? JsonValue.Create(0) : Retcodes.Success;
        var response = GatewayAnswer.Json(new JsonObject { ["result"] = result, ["message"] = "success", ["retcode"] = retcode });
        return ValueTask.FromResult(Settings.Has(GatewayFault.ContentTypeNotJson) ? response with { ContentType = "text/plain;charset=UTF-8" } : response);
    }

    /// <summary>Reshapes a business failure of syncagentinfo as the RetcodeSemantics faults say.</summary>
    public GatewayAnswer ShapeFailure(GatewayAnswer response)
    {
        if (response.FailureCode is not { } code)
        {
            return response;
        }

        if (Settings.Has(GatewayFault.SuccessOnFailure))
        {
            return GatewayAnswer.Json(new JsonObject { ["message"] = Retcodes.Describe(code), ["retcode"] = Retcodes.Success });
        }

        if (Settings.Has(GatewayFault.NonJsonError))
        {
            return new GatewayAnswer(response.StatusCode, "text/plain;charset=UTF-8", $"{code} {Retcodes.Describe(code)}");
        }

        var shaped = code == Retcodes.NoPermission && Settings.Has(GatewayFault.UndocumentedRetcode)
            ? WithRetcode(response, "100-099")
            : response;
        if (Settings.Has(GatewayFault.RetcodeWithoutDash))
        {
            shaped = WithRetcode(shaped, code.Replace("-", "", StringComparison.Ordinal));
        }

        if (!Settings.Has(GatewayFault.GuidRefusalAsHttp401))
        {
            return shaped;
        }

        return code switch
        {
            Retcodes.NoPermission => shaped with { StatusCode = StatusCodes.Status401Unauthorized },
            Retcodes.NotSignedIn => shaped with { StatusCode = StatusCodes.Status403Forbidden },
            _ => shaped,
        };
    }

    private static GatewayAnswer WithRetcode(GatewayAnswer response, string retcode)
    {
        var body = JsonNode.Parse(response.Body)!.AsObject();
        body["retcode"] = retcode;
        return response with { Body = body.ToJsonString() };
    }

    private static GatewayAnswer WithResult(GatewayAnswer response, JsonObject result)
    {
        var body = JsonNode.Parse(response.Body)!.AsObject();
        body["result"] = result;
        return response with { Body = body.ToJsonString() };
    }

    /// <summary>How the Content-Type faults answer this Content-Type; null when the sync goes on, as it always does without them.</summary>
    private GatewayAnswer? ContentTypeRefusal(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return Settings.Has(GatewayFault.MissingContentTypeServerError)
                ? GatewayAnswer.ErrorPage(
                    StatusCodes.Status500InternalServerError, "Internal Server Error", "java.lang.NullPointerException")
                : null;
        }

        if (!contentType.Split(';')[0].Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return Settings.Has(GatewayFault.NonJsonContentTypePage)
                ? GatewayAnswer.ErrorPage(
                    StatusCodes.Status415UnsupportedMediaType, "Unsupported Media Type", "Only application/json is read.")
                : null;
        }

        return contentType.Contains(';', StringComparison.Ordinal) && Settings.Has(GatewayFault.CharsetRefused)
            ? GatewayAnswer.Failure(Retcodes.MessageParameterError, message: "The Content-Type must be application/json.")
            : null;
    }

    private static bool CarriesBody(HttpRequest request) =>
        request.ContentLength > 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count > 0);

    private void Clear(EventQueue events)
    {
        if (Settings.Has(GatewayFault.QueuePartlyCleared))
        {
            events.RemoveOldest();
        }
        else if (Settings.Has(GatewayFault.FirstEventAfterSyncDropped))
        {
            events.ClearThroughNext();
        }
        else if (!Settings.Has(GatewayFault.QueueNotCleared))
        {
            events.Clear();
        }
    }

    private void ClearOthers(AgentSlot own)
    {
        foreach (var other in services.Registry.Slots.Where(s => !ReferenceEquals(s, own)))
        {
            lock (other.Gate)
            {
                other.Session?.Events.Clear();
            }
        }
    }
}
