using System.Text.Json.Nodes;
using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Http;
using Microsoft.AspNetCore.Http;
using Endpoint = AgentGateway.Reference.Http.Endpoint;
using Route = AgentGateway.Reference.Http.Route;

namespace AgentGateway.Reference.Faults;

/// <summary>
/// The fault modes a gateway runs with. Each hook passes the conformant value through every one of them in the order of
/// <see cref="GatewayFault"/> (their names), so two faults that change the same thing apply in that order; with none,
/// each hook gives back the conformant value.
/// </summary>
internal sealed partial class ActiveFaults : FaultHooks
{
    private readonly Fault[] _faults;

    private ActiveFaults(Fault[] faults) => _faults = faults;

    /// <summary>No fault: the conformant gateway.</summary>
    public static ActiveFaults None { get; } = new([]);

    /// <summary>New instances of these faults, for one gateway; a value that names no fault is ignored.</summary>
    public static ActiveFaults Of(IEnumerable<GatewayFault> faults) =>
        new([.. faults.Where(Enum.IsDefined).Distinct().Order().Select(GatewayFaults.Create)]);

    public override bool ListensWithTls(bool tls)
    {
        foreach (var fault in _faults)
        {
            tls = fault.ListensWithTls(tls);
        }

        return tls;
    }

    public override void MapRoutes(RouteTable routes, Endpoint sync)
    {
        foreach (var fault in _faults)
        {
            fault.MapRoutes(routes, sync);
        }
    }

    public override GatewayAnswer AnswerUnsupportedMethod(GatewayAnswer answer)
    {
        foreach (var fault in _faults)
        {
            answer = fault.AnswerUnsupportedMethod(answer);
        }

        return answer;
    }

    public override string ReadAgentId(Route route, string agentId)
    {
        foreach (var fault in _faults)
        {
            agentId = fault.ReadAgentId(route, agentId);
        }

        return agentId;
    }

    public override bool AcceptsAgentId(int agentId, bool valid, GatewaySettings settings)
    {
        foreach (var fault in _faults)
        {
            valid = fault.AcceptsAgentId(agentId, valid, settings);
        }

        return valid;
    }

    public override GatewayAnswer AnswerInvalidAgentId(string agentId, GatewayAnswer answer)
    {
        foreach (var fault in _faults)
        {
            answer = fault.AnswerInvalidAgentId(agentId, answer);
        }

        return answer;
    }

    public override string? ReadGuid(IHeaderDictionary headers, string? guid)
    {
        foreach (var fault in _faults)
        {
            guid = fault.ReadGuid(headers, guid);
        }

        return guid;
    }

    public override bool AcceptsGuid(PresentedGuid presented, bool accepted)
    {
        foreach (var fault in _faults)
        {
            accepted = fault.AcceptsGuid(presented, accepted);
        }

        return accepted;
    }

    public override string? SetGuidHeader(string? header, string guid, bool rotated)
    {
        foreach (var fault in _faults)
        {
            header = fault.SetGuidHeader(header, guid, rotated);
        }

        return header;
    }

    public override void ShapeSignIn(JsonObject body)
    {
        foreach (var fault in _faults)
        {
            fault.ShapeSignIn(body);
        }
    }

    public override void ShapePolledEvent(JsonObject polledEvent, string agentId)
    {
        foreach (var fault in _faults)
        {
            fault.ShapePolledEvent(polledEvent, agentId);
        }
    }

    public override bool EndsIdleSession(SignedInAgent session, bool idleTooLong)
    {
        foreach (var fault in _faults)
        {
            idleTooLong = fault.EndsIdleSession(session, idleTooLong);
        }

        return idleTooLong;
    }

    public override bool AdmitsEvent(EventQueue queue, QueuedEvent queued)
    {
        foreach (var fault in _faults)
        {
            if (!fault.AdmitsEvent(queue, queued))
            {
                return false;
            }
        }

        return true;
    }
}
