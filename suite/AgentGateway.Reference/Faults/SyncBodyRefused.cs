using AgentGateway.Reference.Http;
using Microsoft.AspNetCore.Http;

namespace AgentGateway.Reference.Faults;

internal sealed class SyncBodyRefused() : Fault(
    GatewayFault.SyncBodyRefused,
    "sync-body-refused",
    "HeaderEnforcement",
    "A syncagentinfo carrying any request body (even {}) is refused with 000-002, though a body should be ignored.")
{
    public override GatewayAnswer? RefuseSyncRequest(HttpRequest request) =>
        CarriesBody(request)
            ? GatewayAnswer.Failure(Retcodes.InvalidParameter, message: "syncagentinfo takes no request body.")
            : null;

    private static bool CarriesBody(HttpRequest request) =>
        request.ContentLength > 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count > 0);
}
