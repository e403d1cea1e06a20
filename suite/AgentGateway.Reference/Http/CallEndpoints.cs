using System.Text.Json.Nodes;
using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Calls;

namespace AgentGateway.Reference.Http;

/// <summary>
/// The voicecall interfaces (callinner, callout, answer, hold, gethold, release) and the autoanswer and autoenteridle
/// switches of onlineagent. Each checks the agent's Guid like every interface after sign-in, then its parameters
/// (000-002), then hands the request to the <see cref="CallDesk"/>.
/// </summary>
internal sealed class CallEndpoints(GatewayServices services)
{
    private CallDesk Calls => services.Calls;

    /// <summary>callinner, or callout when <paramref name="outbound"/>: answers the new callid as the result string.</summary>
    public async ValueTask<GatewayAnswer> PlaceAsync(RoutedRequest request, bool outbound)
    {
        var body = await BodyReader.ReadAsync(request.Http.Request, request.Aborted).ConfigureAwait(false);
        if (body is null)
        {
            return GatewayAnswer.Failure(Retcodes.MessageParameterError, message: "The request body is too large.");
        }

        var order = CallRequest.ParseOrder(body, outbound);
        return Act(request, agent => order is null
            ? CallResult.Refused(Retcodes.InvalidParameter)
            : Calls.Place(agent, order, outbound));
    }

    public ValueTask<GatewayAnswer> Answer(RoutedRequest request) =>
        ValueTask.FromResult(Act(request, agent => Calls.Answer(agent, CallId(request))));

    public ValueTask<GatewayAnswer> Hold(RoutedRequest request) => ValueTask.FromResult(Act(request, Calls.Hold));

    public ValueTask<GatewayAnswer> Unhold(RoutedRequest request) =>
        ValueTask.FromResult(Act(request, agent => Calls.Unhold(agent, CallId(request))));

    public ValueTask<GatewayAnswer> Release(RoutedRequest request) => ValueTask.FromResult(Act(request, Calls.Release));

    /// <summary>autoanswer/{isautoanswer}: "true" answers offered calls by itself, another string of up to 5 characters by hand.</summary>
    public ValueTask<GatewayAnswer> SetAutoAnswer(RoutedRequest request) =>
        Prefer(request, request.Values["isautoanswer"], (preferences, on) => preferences with { AutoAnswer = on });

    /// <summary>autoenteridle/{flag}: "true" goes idle after a call, any other string of 1 to 5 characters into wrap-up.</summary>
    public ValueTask<GatewayAnswer> SetAutoEnterIdle(RoutedRequest request) =>
        Prefer(request, request.Values["flag"], (preferences, on) => preferences with { AutoEnterIdle = on });

    /// <summary>The success of a call-creating interface: the callid as the result, as the documented examples show.</summary>
    public static GatewayAnswer Placed(string callId) =>
        GatewayAnswer.Json(new JsonObject { ["message"] = "", ["retcode"] = Retcodes.Success, ["result"] = callId });

    private ValueTask<GatewayAnswer> Prefer(
        RoutedRequest request, string flag, Func<CallPreferences, bool, CallPreferences> change)
    {
        var on = string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase);
        return ValueTask.FromResult(Act(request, agent =>
        {
            if (flag.Length is 0 or > 5)
            {
                return CallResult.Refused(Retcodes.InvalidParameter);
            }

            Calls.Prefer(agent, preferences => change(preferences, on));
            return CallResult.Done;
        }));
    }

    /// <summary>Checks the Guid under the agent's lock, then acts for the signed-in agent.</summary>
    private GatewayAnswer Act(RoutedRequest request, Func<SignedInAgent, CallResult> act)
    {
        var slot = services.Registry.Slot(request.AgentId);
        CallResult result;
        lock (slot.Gate)
        {
            var access = services.Authenticator.Check(slot, request.Headers, out var session);
            if (access != Access.Granted)
            {
                return GuidAuthenticator.Refusal(access);
            }

            result = act(session!);
        }

        return result switch
        {
            { Refusal: { } retcode } => GatewayAnswer.Failure(retcode),
            { CallId: { } callId } => Placed(callId),
            _ => GatewayAnswer.EmptyResult(),
        };
    }

    /// <summary>The optional callid query parameter; null when absent.</summary>
    private static string? CallId(RoutedRequest request) =>
        request.Http.Request.Query.TryGetValue("callid", out var values) ? values[0] : null;
}
