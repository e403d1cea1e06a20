using AgentGateway.Reference.Agents;

namespace AgentGateway.Reference.Http;

/// <summary>The routes under /agentgateway/resource/ and the endpoint behind each: sessions, events, states, sync and calls.</summary>
internal static class GatewayRoutes
{
    public const string SyncPattern = "onlineagent/{agentid}/syncagentinfo";

    public static RouteTable Build(GatewayServices services)
    {
        var sync = new SyncEndpoint(services);
        var sessions = new SessionEndpoints(services);
        var events = new EventEndpoint(services);
        var states = new StateEndpoints(services);
        var routes = new RouteTable();

        routes.Map("PUT", "onlineagent/{agentid}", r => sessions.SignInAsync(r, force: false), isSignIn: true);
        routes.Map("PUT", "onlineagent/{agentid}/forcelogin", r => sessions.SignInAsync(r, force: true), isSignIn: true);
        routes.Map("DELETE", "onlineagent/{agentid}/logout", r => sessions.SignOut(r, force: false));
        routes.Map("DELETE", "onlineagent/{agentid}/forcelogout", r => sessions.SignOut(r, force: true));
        routes.Map("GET", "agentevent/{agentid}", events.PollAsync);
        routes.Map("POST", "onlineagent/{agentid}/saybusy", states.SayBusy);
        routes.Map("POST", "onlineagent/{agentid}/sayfree", r => states.Change(r, StateCommand.SayFree));
        routes.Map("POST", "onlineagent/{agentid}/cancelbusy", r => states.Change(r, StateCommand.CancelBusy));
        routes.Map("POST", "onlineagent/{agentid}/rest/{time}/{restcause}", states.Rest);
        routes.Map("POST", "onlineagent/{agentid}/cancelrest", r => states.Change(r, StateCommand.CancelRest));
        routes.Map("POST", "onlineagent/{agentid}/work", r => states.Change(r, StateCommand.Work));
        routes.Map("POST", "onlineagent/{agentid}/cancelwork", r => states.Change(r, StateCommand.CancelWork));
        routes.Map("GET", "onlineagent/{agentid}/agentstatus", states.Status);
        routes.Map("POST", SyncPattern, sync.Sync, isSync: true);
        MapCalls(routes, new CallEndpoints(services));
        services.Settings.Faults.MapRoutes(routes, sync.Sync);
        return routes;
    }

    /// <summary>The voicecall interfaces, with the legacy <c>DELETE voicecall/{agentid}</c> beside release; the call switches.</summary>
    private static void MapCalls(RouteTable routes, CallEndpoints calls)
    {
        routes.Map("PUT", "voicecall/{agentid}/callinner", r => calls.PlaceAsync(r, outbound: false));
        routes.Map("PUT", "voicecall/{agentid}/callout", r => calls.PlaceAsync(r, outbound: true));
        routes.Map("PUT", "voicecall/{agentid}/answer", calls.Answer);
        routes.Map("POST", "voicecall/{agentid}/hold", calls.Hold);
        routes.Map("POST", "voicecall/{agentid}/gethold", calls.Unhold);
        routes.Map("DELETE", "voicecall/{agentid}/release", calls.Release);
        routes.Map("DELETE", "voicecall/{agentid}", calls.Release);
        routes.Map("POST", "onlineagent/{agentid}/autoanswer/{isautoanswer}", calls.SetAutoAnswer);
        routes.Map("POST", "onlineagent/{agentid}/autoenteridle/{flag}", calls.SetAutoEnterIdle);
    }
}
