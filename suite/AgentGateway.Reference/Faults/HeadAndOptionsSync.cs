using AgentGateway.Reference.Http;
using Endpoint = AgentGateway.Reference.Http.Endpoint;

namespace AgentGateway.Reference.Faults;

internal sealed class HeadAndOptionsSync() : Fault(
    GatewayFault.HeadAndOptionsSync,
    "head-and-options-sync",
    "Methods",
    "HEAD and OPTIONS on syncagentinfo run the sync, clearing the queue: HEAD is answered without the body, OPTIONS with the "
    + "sync's JSON.")
{
    public override void MapRoutes(RouteTable routes, Endpoint sync)
    {
        routes.Map("HEAD", GatewayRoutes.SyncPattern, sync, isSync: true);
        routes.Map("OPTIONS", GatewayRoutes.SyncPattern, sync, isSync: true);
    }
}
