using System.Globalization;
using System.Text.Json.Nodes;
using AgentGateway.Reference.Agents;

namespace AgentGateway.Reference.Http;

/// <summary>
/// The state changes that need no call (busy, free, rest, wrap-up) and the agentstatus query. An agent in a call can make
/// none of them (100-009); agentstatus reports it talking (7) and working.
/// </summary>
internal sealed class StateEndpoints(GatewayServices services)
{
    public ValueTask<GatewayAnswer> SayBusy(RoutedRequest request)
    {
        var raw = request.Http.Request.Query["reason"];
        int? reason = raw.Count == 0 || raw[0] is null or "" or "0" ? 0 : Parse(raw[0]!, 200, 250);
        return Change(request, StateCommand.SayBusy, reason);
    }

    public ValueTask<GatewayAnswer> Rest(RoutedRequest request)
    {
        var time = Parse(request.Values["time"], 1, 86_399);
        var cause = Parse(request.Values["restcause"], 0, 255);
        return Change(request, StateCommand.Rest, time is null ? null : cause);
    }

    public ValueTask<GatewayAnswer> Change(RoutedRequest request, StateCommand command) => Change(request, command, 0);

    public ValueTask<GatewayAnswer> Status(RoutedRequest request)
    {
        var slot = services.Registry.Slot(request.AgentId);
        lock (slot.Gate)
        {
            var access = services.Authenticator.Check(slot, request.Headers, out var session);
            if (access != Access.Granted)
            {
                return ValueTask.FromResult(GuidAuthenticator.Refusal(access));
            }

            JsonObject result;
            lock (services.Calls.Gate)
            {
                result = new JsonObject
                {
                    ["agentState"] = AgentStates.ToGatewayTable(session!.State),
                    ["isWorking"] = session.Call is not null,
                };
            }

            return ValueTask.FromResult(GatewayAnswer.Json(new JsonObject
            {
                ["message"] = "",
                ["retcode"] = Retcodes.Success,
                ["result"] = result,
            }));
        }
    }

    /// <summary>Applies the change; <paramref name="reason"/> null means a parameter was out of range (000-002).</summary>
    private ValueTask<GatewayAnswer> Change(RoutedRequest request, StateCommand command, int? reason)
    {
        var slot = services.Registry.Slot(request.AgentId);
        GatewayAnswer response;
        lock (slot.Gate)
        {
            var access = services.Authenticator.Check(slot, request.Headers, out var session);
            if (access != Access.Granted)
            {
                response = GuidAuthenticator.Refusal(access);
            }
            else if (reason is not { } valid)
            {
                response = GatewayAnswer.Failure(Retcodes.InvalidParameter);
            }
            else
            {
                bool applied;
                lock (services.Calls.Gate)
                {
                    applied = StateMachine.TryApply(session!, command, valid, services.Now);
                }

                response = applied ? GatewayAnswer.EmptyResult() : GatewayAnswer.Failure(Retcodes.StateChangeFailed);
            }
        }

        return ValueTask.FromResult(response);
    }

    /// <summary>A plain decimal within the range, or null.</summary>
    private static int? Parse(string raw, int min, int max) =>
        raw.Length is > 0 and <= 6 && raw.All(char.IsAsciiDigit)
        && int.Parse(raw, NumberStyles.None, CultureInfo.InvariantCulture) is var value && value >= min && value <= max
            ? value
            : null;
}
