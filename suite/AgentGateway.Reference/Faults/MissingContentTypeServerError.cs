using AgentGateway.Reference.Http;
using Microsoft.AspNetCore.Http;

namespace AgentGateway.Reference.Faults;

internal sealed class MissingContentTypeServerError() : Fault(
    GatewayFault.MissingContentTypeServerError,
    "missing-content-type-server-error",
    "HeaderEnforcement",
    "A syncagentinfo without a Content-Type header fails with HTTP 500 and an HTML error page.")
{
    public override GatewayAnswer? RefuseSyncRequest(HttpRequest request) =>
        string.IsNullOrWhiteSpace(request.ContentType)
            ? GatewayAnswer.ErrorPage(StatusCodes.Status500InternalServerError, "Internal Server Error", "java.lang.NullPointerException")
            : null;
}
