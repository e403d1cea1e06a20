using AgentGateway.Conformance.Agents;
using AgentGateway.Conformance.Configuration;
using AgentGateway.Conformance.Http;

namespace AgentGateway.Conformance.Target;

/// <summary>
/// Signs one agent in and out before any check runs, and says exactly what is wrong when that fails:
/// unreachable, TLS, path, password, agents named for calls that are not configured test agents, or an inbound-call trigger that
/// is no same-origin path.
/// </summary>
public static class Preflight
{
    public static async Task RunAsync(GatewayTarget target)
    {
        if (target.Settings.EffectiveCalls?.Problem(target.Agents.All) is { } calls)
        {
            throw new PreflightException(calls);
        }

        if (target.Settings.InboundTrigger is { } trigger && InboundCallTrigger.Problem(trigger) is { } path)
        {
            throw new PreflightException(path);
        }

        var agent = target.Agents.All[0];
        var api = new AgentGatewayApi(target.NewClient(new ExchangeLog()));
        var response = await api.SignInAsync(agent, "preflight sign-in");
        target.Observe(response);
        if (response.Retcode == "100-002")
        {
            response = await api.ForceLoginAsync(agent, "preflight forced sign-in");
        }

        if (Problem(target, agent.Id, response) is { } problem)
        {
            throw new PreflightException(problem);
        }

        var signedOut = await api.SignOutAsync(agent.Id, response.IssuedGuid!, "preflight sign-out");
        if (!signedOut.IsDocumentedSuccess)
        {
            throw new PreflightException(
                $"Agent {agent.Id} signed in but could not sign out ({signedOut.Summary}, message {signedOut.Message ?? "absent"}); "
                + "the suite signs agents in and out around every check.");
        }
    }

    private static string? Problem(GatewayTarget target, string agentId, GatewayResponse response)
    {
        var url = target.BaseUri.AbsoluteUri;
        if (response.Status is null)
        {
            var error = response.Summary;
            return response.Outcome switch
            {
                TransportOutcome.TlsFailed =>
                    $"TLS with {url} failed ({error}). Trust the gateway's CA with --ca-cert FILE (AGW_CA_CERT), "
                    + "or turn verification off with --insecure (AGW_INSECURE=true), which every report then states.",
                TransportOutcome.ConnectFailed =>
                    $"Cannot reach {url} ({error}). Is the gateway running and is the host and port right (usually :8043)?",
                _ => $"{url} gave no HTTP answer to the sign-in ({error}). Is it the gateway's HTTPS port (usually :8043), "
                    + "and does the gateway answer within the request timeout (--request-timeout)?",
            };
        }

        if (response.Status is 404 || !response.IsJsonObject)
        {
            return $"{url} answered the sign-in with HTTP {response.Status} and {(response.IsJsonObject ? "JSON" : "no JSON body")}. "
                + "Is the base URL right? Give the part before /agentgateway/resource/, e.g. https://host:8043.";
        }

        return response.Retcode switch
        {
            "0" when response.IssuedGuid is null =>
                $"Agent {agentId} signed in but the answer carried no Set-GUID header: the suite cannot authenticate later calls.",
            "0" => null,
            "100-004" => $"The password of agent {agentId} was refused (100-004). Set it with --password or AGW_PASSWORD, or per agent ID:PASSWORD.",
            "000-002" => $"Agent ID {agentId} was refused as invalid (000-002). Give agents the gateway knows (--agents).",
            _ => $"Sign-in of agent {agentId} was refused: {response.Summary}, message \"{response.Message}\".",
        };
    }
}

/// <summary>The target cannot be used at all; the message says why and what to change.</summary>
public sealed class PreflightException : Exception
{
    public PreflightException(string message)
        : base(message)
    {
    }

    public PreflightException()
    {
    }

    public PreflightException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
