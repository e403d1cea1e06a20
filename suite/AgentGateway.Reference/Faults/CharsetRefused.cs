using AgentGateway.Reference.Http;
using Microsoft.AspNetCore.Http;

namespace AgentGateway.Reference.Faults;

internal sealed class CharsetRefused() : Fault(
    GatewayFault.CharsetRefused,
    "charset-refused",
    "HeaderEnforcement",
    "A syncagentinfo whose Content-Type carries a charset parameter, as the documented one does, is refused with 000-006.")
{
    public override GatewayAnswer? RefuseSyncRequest(HttpRequest request) =>
        request.ContentType is { } contentType
        && contentType.Split(';')[0].Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase)
        && contentType.Contains(';', StringComparison.Ordinal)
            ? GatewayAnswer.Failure(Retcodes.MessageParameterError, message: "The Content-Type must be application/json.")
            : null;
}
