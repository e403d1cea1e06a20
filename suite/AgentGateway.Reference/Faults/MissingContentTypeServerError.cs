namespace AgentGateway.Reference.Faults;

internal sealed class MissingContentTypeServerError() : Fault(
    GatewayFault.MissingContentTypeServerError,
    "missing-content-type-server-error",
    "HeaderEnforcement",
    "A syncagentinfo without a Content-Type header fails with HTTP 500 and an HTML error page.")
{
}
