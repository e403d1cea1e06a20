using AgentGateway.Reference.Http;

namespace AgentGateway.Reference.Faults;

internal sealed class FailureCarriesState() : Fault(
    GatewayFault.FailureCarriesState,
    "failure-carries-state",
    "RetcodeSemantics",
    "A syncagentinfo refused for its Guid still carries the agent's result.agentStateInfo beside retcode 000-003.")
{
    public override GatewayAnswer AnswerRefusedSync(SyncContext sync, GatewayAnswer refusal) =>
        refusal.WithJson(body => body["result"] = SyncResult.Build(sync.Agent, sync.AgentId, sync.Now, sync.Settings));
}
