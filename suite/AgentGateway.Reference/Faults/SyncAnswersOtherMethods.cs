using AgentGateway.Reference.Http;
using Endpoint = AgentGateway.Reference.Http.Endpoint;

namespace AgentGateway.Reference.Faults;

internal sealed class SyncAnswersOtherMethods() : Fault(
    GatewayFault.SyncAnswersOtherMethods,
    "sync-answers-other-methods",
    "Methods",
    "GET, PUT, DELETE and PATCH on syncagentinfo behave like POST, clearing the queue.")
{
    private static readonly string[] OtherMethods = ["GET", "PUT", "DELETE", "PATCH"];

    public override void MapRoutes(RouteTable routes, Endpoint sync)
    {
        foreach (var method in OtherMethods)
        {
            routes.Map(method, GatewayRoutes.SyncPattern, sync, isSync: true);
        }
    }
}
