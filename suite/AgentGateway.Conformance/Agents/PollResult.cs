using AgentGateway.Conformance.Http;

namespace AgentGateway.Conformance.Agents;

/// <summary>The answer to one event poll: the event it carried, if any.</summary>
public sealed record PollResult(GatewayResponse Response, AgentEvent? Event)
{
    /// <summary>The poll itself succeeded (HTTP 2xx, retcode "0"), with or without an event.</summary>
    public bool Succeeded => Response.IsDocumentedSuccess;
}
