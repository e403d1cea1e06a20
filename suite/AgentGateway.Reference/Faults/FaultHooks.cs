using System.Text.Json.Nodes;
using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Calls;
using AgentGateway.Reference.Http;
using Microsoft.AspNetCore.Http;
using Endpoint = AgentGateway.Reference.Http.Endpoint;
using Route = AgentGateway.Reference.Http.Route;

namespace AgentGateway.Reference.Faults;

/// <summary>
/// The points where a fault mode may deviate from the conformant gateway. The gateway calls every hook and goes on
/// with what it gets back; as written here, each hook gives back what it was given, which is the conformant behaviour.
/// </summary>
internal abstract class FaultHooks
{
    /// <summary>Whether the gateway's listener speaks TLS (<paramref name="tls"/>: it does); false serves plain HTTP instead.</summary>
    public virtual bool ListensWithTls(bool tls) => tls;

    /// <summary>Adds routes to those of the conformant gateway.</summary>
    public virtual void MapRoutes(RouteTable routes, Endpoint sync)
    {
    }

    /// <summary>The answer to a method that a known path does not support: 405 with Allow, or a variation's answer.</summary>
    public virtual GatewayAnswer AnswerUnsupportedMethod(GatewayAnswer answer) => answer;

    /// <summary>The agent ID the route's endpoint gets, from the raw (still percent-encoded) path segment.</summary>
    public virtual string ReadAgentId(Route route, string agentId) => agentId;

    /// <summary>
    /// Whether an agent ID of at most seven digits is valid; <paramref name="agentId"/>: the number they read as;
    /// <paramref name="valid"/>: whether they have no leading zero and the number is in the edition's range.
    /// </summary>
    public virtual bool AcceptsAgentId(int agentId, bool valid, GatewaySettings settings) => valid;

    /// <summary>The answer to an invalid agent ID (000-002), before a sync shapes it as its failure.</summary>
    public virtual GatewayAnswer AnswerInvalidAgentId(string agentId, GatewayAnswer answer) => answer;

    /// <summary>The Guid a request presents; <paramref name="guid"/> is the one Guid header, whatever the case of its name.</summary>
    public virtual string? ReadGuid(IHeaderDictionary headers, string? guid) => guid;

    /// <summary>Whether the presented Guid lets the request through; <paramref name="accepted"/> is the session's verdict.</summary>
    public virtual bool AcceptsGuid(PresentedGuid presented, bool accepted) => accepted;

    /// <summary>The Set-GUID header for a Guid issued at sign-in or on rotation (JSESSIONID=Guid); null sends none.</summary>
    public virtual string? SetGuidHeader(string? header, string guid, bool rotated) => header;

    /// <summary>Shapes the body of a successful sign-in.</summary>
    public virtual void ShapeSignIn(JsonObject body)
    {
    }

    /// <summary>Shapes an event as a poll answers it.</summary>
    public virtual void ShapePolledEvent(JsonObject polledEvent, string agentId)
    {
    }

    /// <summary>Whether an event that reaches an open queue is kept. Called under the queue's lock.</summary>
    public virtual bool AdmitsEvent(EventQueue queue, QueuedEvent queued) => true;

    /// <summary>
    /// Whether a session ends for having made no request; <paramref name="idleTooLong"/>: whether it has been idle for the
    /// session timeout. Called under the agent's lock.
    /// </summary>
    public virtual bool EndsIdleSession(SignedInAgent session, bool idleTooLong) => idleTooLong;

    /// <summary>An answer that refuses a syncagentinfo before its Guid is looked at; null lets it go on.</summary>
    public virtual GatewayAnswer? RefuseSyncRequest(HttpRequest request) => null;

    /// <summary>The answer to a syncagentinfo of a signed-in agent refused for its Guid. Called under the agent's lock.</summary>
    public virtual GatewayAnswer AnswerRefusedSync(SyncContext sync, GatewayAnswer refusal) => refusal;

    /// <summary>The answer to a syncagentinfo of an agent ID without a session (100-006). Called under the agent's lock.</summary>
    public virtual GatewayAnswer AnswerSyncNotSignedIn(AgentSlot slot, GatewayServices services, GatewayAnswer refusal) => refusal;

    /// <summary>Clears the agent's queue on a successful sync; <paramref name="clear"/> empties it. Under the agent's lock.</summary>
    public virtual void ClearQueueOnSync(SyncContext sync, Action clear) => clear();

    /// <summary>Runs after a successful sync has cleared the queue and read the agent, still under the agent's lock.</summary>
    public virtual void AfterSync(SyncContext sync)
    {
    }

    /// <summary>Runs after a successful sync once the agent's lock is released, so that other agents' locks can be taken.</summary>
    public virtual void AfterSyncUnlocked(SyncContext sync)
    {
    }

    /// <summary>
    /// Runs when an agent's part in a call is over (hung up, failed, not answered) and the agent no longer has the call.
    /// Called under the call desk's lock.
    /// </summary>
    public virtual void AfterCallEnded(CallLeg leg)
    {
    }

    /// <summary>The values a sync reports of the agent, before they are written into the result.</summary>
    public virtual ReportedAgent ReportAgent(ReportedAgent reported, SignedInAgent agent) => reported;

    /// <summary>The call information a sync reports of the agent (<see cref="ReportedCall.None"/> without a call).</summary>
    public virtual ReportedCall ReportCall(ReportedCall reported, SignedInAgent agent) => reported;

    /// <summary>Shapes the result of a sync (callinfo and agentStateInfo), on a success or wherever else it is sent.</summary>
    public virtual void ShapeSyncResult(JsonObject result)
    {
    }

    /// <summary>The answer to a successful sync.</summary>
    public virtual GatewayAnswer ShapeSyncSuccess(GatewayAnswer answer) => answer;

    /// <summary>The answer to a sync refused after its Content-Type and body were let through: no session, Guid or agent ID.</summary>
    public virtual GatewayAnswer ShapeSyncFailure(GatewayAnswer answer) => answer;
}
