using AgentGateway.Conformance.Agents;
using AgentGateway.Conformance.Configuration;
using AgentGateway.Conformance.Http;

namespace AgentGateway.Conformance.Harness;

/// <summary>The raw requests many checks build: a sync on any path, a sign-in with an agent ID written as the check wants it.</summary>
public abstract partial class ConformanceTest
{
    /// <summary>A sync on <paramref name="agentId"/>'s path, sent as is: with <paramref name="guidHeader"/> as its Guid header, none when null.</summary>
    protected static GatewayRequest SyncRequest(string agentId, string purpose, string? guidHeader = null)
    {
        var request = new GatewayRequest(HttpMethod.Post, Routes.Sync(agentId), purpose);
        return guidHeader is null ? request : request.WithHeader("Guid", guidHeader);
    }

    /// <summary>
    /// Signs in on the path of <paramref name="agentId"/>, written exactly as given (out of range, padded, an edge), with
    /// the password and phone of the fixture's first agent. A sign-in the gateway accepts is signed out at once, as
    /// <paramref name="signOutAs"/> when the gateway may have taken the ID for another one (the agent's own).
    /// </summary>
    protected async Task<GatewayResponse> SignInRawAsync(string agentId, string purpose, string? signOutAs = null)
    {
        var credentials = new AgentCredentials(agentId, LeasedAgents[0].Password, LeasedAgents[0].PhoneNumber);
        var response = await Client.SendAsync(new GatewayRequest(HttpMethod.Put, Routes.SignIn(agentId), purpose) { Body = AgentSession.SignInBody(credentials) });
        if (response.IssuedGuid is { } guid)
        {
            var signedIn = signOutAs ?? agentId;
            await Client.SendAsync(new GatewayRequest(HttpMethod.Delete, Routes.SignOut(signedIn), $"sign out agent ID '{signedIn}', whose sign-in was accepted")
                .WithHeader("Guid", guid));
        }

        return response;
    }
}
