using AgentGateway.Reference.Http;
using Microsoft.AspNetCore.Http;

namespace AgentGateway.Reference.Faults;

internal sealed class GuidRefusalAsHttp401() : Fault(
    GatewayFault.GuidRefusalAsHttp401,
    "guid-refusal-as-http-401",
    "RetcodeSemantics",
    "A syncagentinfo refused for its Guid is answered HTTP 401, and one for an agent not signed in HTTP 403, with the JSON body.")
{
    public override GatewayAnswer ShapeSyncFailure(GatewayAnswer answer) => answer.FailureCode switch
    {
        Retcodes.NoPermission => answer with { StatusCode = StatusCodes.Status401Unauthorized },
        Retcodes.NotSignedIn => answer with { StatusCode = StatusCodes.Status403Forbidden },
        _ => answer,
    };
}
