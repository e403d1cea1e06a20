using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Calls;
using Microsoft.AspNetCore.Http;

namespace AgentGateway.Reference.Http;

/// <summary>
/// The reference gateway's own control interface, outside /agentgateway/resource/: POST /reference/calls/inbound places
/// a call from a far-end number to a signed-in agent, as a customer calling in would. Body
/// <c>{"agentId":"41001","caller":"88001"}</c> (optional <c>called</c>, <c>callappdata</c>); the answer is the gateway's
/// envelope with the new callid as the result, or a retcode: 000-002 for a bad body or agent ID, 100-006 when the agent is
/// not signed in, 100-007 when it is not idle or already in a call. Only when <see cref="GatewaySettings.ControlEndpoint"/>
/// is on; otherwise the path is unknown (404) like any other.
/// </summary>
internal sealed class ControlEndpoint(GatewayServices services)
{
    public const string InboundPath = "/reference/calls/inbound";

    public async ValueTask<GatewayAnswer> AnswerAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return GatewayAnswer.Failure(Retcodes.InvalidParameter, StatusCodes.Status405MethodNotAllowed,
                    $"The method {context.Request.Method} is not supported here; use POST.")
                .WithHeader("Allow", "POST");
        }

        var body = await BodyReader.ReadAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            return GatewayAnswer.Failure(Retcodes.MessageParameterError, message: "The request body is too large.");
        }

        if (CallRequest.ParseInbound(body) is not { } inbound || !AgentIdRules.IsValid(inbound.AgentId, services.Settings))
        {
            return GatewayAnswer.Failure(Retcodes.InvalidParameter,
                message: "The body must name a valid agentId and the caller's number (1 to 24 of digits, * and #).");
        }

        var slot = services.Registry.Slot(inbound.AgentId);
        CallResult result;
        lock (slot.Gate)
        {
            var session = services.Registry.Current(slot);
            result = services.Calls.PlaceInbound(session, inbound.Caller, inbound.Called, inbound.CallData);
        }

        return result.Refusal is { } retcode ? GatewayAnswer.Failure(retcode) : CallEndpoints.Placed(result.CallId!);
    }
}
