using AgentGateway.Reference.Agents;
using System.Globalization;
using System.Text.Json.Nodes;

namespace AgentGateway.Reference.Http;

/// <summary>
/// Sign-in, forced sign-in, sign-out and forced sign-out. An agent in a call is not signed out (100-010, INFERRED code
/// "state error at sign-out"); a forced sign-out signs it out and releases the call.
/// </summary>
internal sealed class SessionEndpoints(GatewayServices services)
{
    public async ValueTask<GatewayAnswer> SignInAsync(RoutedRequest request, bool force)
    {
        var body = await BodyReader.ReadAsync(request.Http.Request, request.Aborted).ConfigureAwait(false);
        if (body is null)
        {
            return GatewayAnswer.Failure(Retcodes.MessageParameterError, message: "The request body is too large.");
        }

        var (signIn, error) = SignInRequest.Parse(body);
        if (signIn is null)
        {
            return GatewayAnswer.Failure(error!);
        }

        var passwords = services.Settings.Passwords;
        if (passwords.Count > 0
            && (!passwords.TryGetValue(request.AgentId, out var expected)
                || !string.Equals(expected, signIn.Password, StringComparison.Ordinal)))
        {
            return GatewayAnswer.Failure(Retcodes.WrongPassword);
        }

        var slot = services.Registry.Slot(request.AgentId);
        lock (slot.Gate)
        {
            if (services.Registry.Current(slot) is not null && !force)
            {
                return GatewayAnswer.Failure(Retcodes.AlreadySignedIn);
            }

            // releasephone defaults to true on the sign-in page and to false on the forced sign-in page.
            var preferences = new CallPreferences(signIn.AutoAnswer, signIn.AutoEnterIdle, signIn.ReleasePhone ?? !force);
            var session = services.Registry.StartSession(slot, signIn.InitialState, signIn.PhoneNumber, preferences);
            var result = new JsonObject
            {
                ["vdnid"] = 1,
                ["workno"] = request.AgentId,
                ["mediatype"] = "TFF",
                ["loginTime"] = session.LoginTime.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
                ["isForceChange"] = "false",
                ["serverName"] = "AgentGateway",
                ["timeRemaining"] = "",
            };
            var envelope = new JsonObject { ["message"] = "", ["retcode"] = Retcodes.Success, ["result"] = result };
            services.Settings.Faults.ShapeSignIn(envelope);
            return GatewayAnswer.Json(envelope).WithSetGuid(session.CurrentGuid, services.Settings, rotated: false);
        }
    }

    public ValueTask<GatewayAnswer> SignOut(RoutedRequest request, bool force)
    {
        var slot = services.Registry.Slot(request.AgentId);
        lock (slot.Gate)
        {
            var access = services.Authenticator.Check(slot, request.Headers, out var session);
            if (access != Access.Granted)
            {
                return ValueTask.FromResult(GuidAuthenticator.Refusal(access));
            }

            if (!force && InCall(session!))
            {
                return ValueTask.FromResult(GatewayAnswer.Failure(Retcodes.SignOutStateError));
            }

            services.Registry.EndSession(slot);
        }

        var response = force
            ? GatewayAnswer.Json(new JsonObject { ["message"] = "success", ["retcode"] = Retcodes.Success })
            : GatewayAnswer.EmptyResult();
        return ValueTask.FromResult(response);
    }

    private bool InCall(SignedInAgent session)
    {
        lock (services.Calls.Gate)
        {
            return session.Call is not null;
        }
    }
}
