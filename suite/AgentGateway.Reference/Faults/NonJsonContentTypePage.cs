using AgentGateway.Reference.Http;
using Microsoft.AspNetCore.Http;

namespace AgentGateway.Reference.Faults;

internal sealed class NonJsonContentTypePage() : Fault(
    GatewayFault.NonJsonContentTypePage,
    "non-json-content-type-page",
    "HeaderEnforcement",
    "A syncagentinfo whose Content-Type is not JSON is answered HTTP 415 with an HTML error page.")
{
    public override GatewayAnswer? RefuseSyncRequest(HttpRequest request) =>
        request.ContentType is { } contentType
        && !string.IsNullOrWhiteSpace(contentType)
        && !contentType.Split(';')[0].Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase)
            ? GatewayAnswer.ErrorPage(
                StatusCodes.Status415UnsupportedMediaType, "Unsupported Media Type", "Only application/json is read.")
            : null;
}
