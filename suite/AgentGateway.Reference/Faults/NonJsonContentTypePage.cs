namespace AgentGateway.Reference.Faults;

internal sealed class NonJsonContentTypePage() : Fault(
    GatewayFault.NonJsonContentTypePage,
    "non-json-content-type-page",
    "HeaderEnforcement",
    "A syncagentinfo whose Content-Type is not JSON is answered HTTP 415 with an HTML error page.")
{
}
