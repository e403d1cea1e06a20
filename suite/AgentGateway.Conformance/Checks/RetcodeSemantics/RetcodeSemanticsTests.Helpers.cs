using AgentGateway.Conformance.Agents;
using AgentGateway.Conformance.Http;

namespace AgentGateway.Conformance.Checks.RetcodeSemantics;

public sealed partial class RetcodeSemanticsTests
{
    /// <summary>One successful sync, then syncs refused for business reasons only (no route or method oddities).</summary>
    private async Task<IReadOnlyList<GatewayResponse>> SuccessAndBusinessFailuresAsync(AgentSession agent)
    {
        var unknownGuid = $"{Faker.Random.Guid()}.AgentGateway0";
        Client.Redactor.Register(unknownGuid, "made-up guid");
        return
        [
            await agent.SyncAsync("successful sync"),
            await Client.SendAsync(SyncRequest(agent.Id, "sync without a Guid")),
            await Client.SendAsync(SyncRequest(agent.Id, "sync with a Guid never issued", unknownGuid)),
            await Client.SendAsync(SyncRequest("100", "sync on the out-of-range agent ID 100", agent.CurrentGuid)),
            await NotSignedInSyncAsync(),
        ];
    }

    private async Task<GatewayResponse> NotSignedInSyncAsync()
    {
        var agent = await SignInAsync();
        var guid = agent.CurrentGuid;
        await agent.SignOutAsync();
        return await Client.SendAsync(SyncRequest(agent.Id, "sync of a signed-out agent", guid));
    }

    /// <summary>Inputs a gateway might choke on; each must get an answer below 500.</summary>
    private IEnumerable<GatewayRequest> OddRequests(AgentSession agent)
    {
        var sync = Routes.Sync(agent.Id);
        GatewayRequest Post(string purpose, string? body = null, string? contentType = GatewayRequest.JsonContentType) =>
            new GatewayRequest(HttpMethod.Post, sync, purpose) { Body = body, ContentType = contentType }.WithHeader("Guid", agent.CurrentGuid);

        yield return Post("a sync with a malformed JSON body", "{\"agent\":");
        yield return Post("a sync with a JSON array body", "[1,2,3]");
        yield return Post("a sync with a 1 MiB body", new string('x', 1 << 20)) with { OversizedBody = true };
        yield return Post("a sync with control characters in its body", "\u00ff\u00fe\u0000\u0001");
        yield return Post("a sync with Content-Type application/xml", "<sync/>", "application/xml");
        yield return Post("a sync with an unparseable Content-Type", "{}", "json;;;charset=");
        yield return new GatewayRequest(HttpMethod.Post, sync, "a sync with a Guid of 8 KiB").WithHeader("Guid", new string('a', 8 * 1024));
        yield return Post("a sync with two Guid headers").WithHeader("Guid", $"{Faker.Random.Guid()}.AgentGateway0");
        yield return SyncRequest(new string('9', 1000), "a sync on a 1000-digit agent ID", agent.CurrentGuid);
        yield return SyncRequest("%E2%98%83", "a sync on an agent ID that is a snowman", agent.CurrentGuid);
        yield return SyncRequest("%00", "a sync on an agent ID that is a NUL byte", agent.CurrentGuid);
        yield return new GatewayRequest(HttpMethod.Post, sync + "?agentid=abc&%%=1", "a sync with a garbled query string")
            .WithHeader("Guid", agent.CurrentGuid);
        yield return new GatewayRequest(HttpMethod.Options, sync, "an OPTIONS request on syncagentinfo").WithHeader("Guid", agent.CurrentGuid);
        yield return new GatewayRequest(HttpMethod.Head, sync, "a HEAD request on syncagentinfo").WithHeader("Guid", agent.CurrentGuid);
    }
}
