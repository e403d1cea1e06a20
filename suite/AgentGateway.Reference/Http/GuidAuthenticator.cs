using AgentGateway.Reference.Agents;
using Microsoft.AspNetCore.Http;

namespace AgentGateway.Reference.Http;

/// <summary>The outcome of checking a request's Guid against an agent's session.</summary>
internal enum Access
{
    Granted,
    NotSignedIn,
    Refused,
}

/// <summary>
/// Checks the Guid header (name case-insensitive): no session gives 100-006 whatever the Guid; a session with a
/// missing, empty, malformed, unknown, foreign, earlier-session or expired Guid gives 000-003.
/// </summary>
internal sealed class GuidAuthenticator(GatewaySettings settings, AgentRegistry registry, TimeProvider time)
{
    /// <summary>Call under the slot's lock. A granted request counts as the agent's activity.</summary>
    public Access Check(AgentSlot slot, IHeaderDictionary headers, out SignedInAgent? session)
    {
        session = registry.Current(slot);
        if (session is null)
        {
            return Access.NotSignedIn;
        }

        if (!IsAccepted(slot, session, ReadGuid(headers)))
        {
            return Access.Refused;
        }

        session.LastRequestAt = time.GetUtcNow();
        return Access.Granted;
    }

    public static GatewayAnswer Refusal(Access access) =>
        GatewayAnswer.Failure(access == Access.NotSignedIn ? Retcodes.NotSignedIn : Retcodes.NoPermission);

    private bool IsAccepted(AgentSlot slot, SignedInAgent session, string? guid)
    {
        var accepted = !string.IsNullOrEmpty(guid) && session.Accepts(guid, time.GetUtcNow());
        return settings.Faults.AcceptsGuid(new PresentedGuid(slot.AgentId, session, guid, registry), accepted);
    }

    private string? ReadGuid(IHeaderDictionary headers)
    {
        var guid = headers.TryGetValue("Guid", out var values) && values.Count == 1 ? values[0]?.Trim() : null;
        return settings.Faults.ReadGuid(headers, guid);
    }
}

/// <summary>The Guid a request presents for a signed-in agent (null when none), and who was issued it.</summary>
internal sealed record PresentedGuid(string AgentId, SignedInAgent Agent, string? Guid, AgentRegistry Registry)
{
    /// <summary>The agent and session the Guid was issued to; null for a Guid the gateway never issued, or none.</summary>
    public GuidOwner? Owner => string.IsNullOrEmpty(Guid) ? null : Registry.OwnerOf(Guid);
}
