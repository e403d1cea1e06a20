using AgentGateway.Reference.Http;

namespace AgentGateway.Reference.Faults;

internal sealed class ContentTypeNotJson() : Fault(
    GatewayFault.ContentTypeNotJson,
    "content-type-not-json",
    "SchemaConformance",
    "A successful syncagentinfo is sent with Content-Type text/plain (a SHOULD-level deviation).")
{
    public override GatewayAnswer ShapeSyncSuccess(GatewayAnswer answer) => answer with { ContentType = "text/plain;charset=UTF-8" };
}
