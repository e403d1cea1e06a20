using AgentGateway.Reference.Http;

namespace AgentGateway.Reference.Faults;

internal sealed class RetcodeAsNumber() : Fault(
    GatewayFault.RetcodeAsNumber,
    "retcode-as-number",
    "RetcodeSemantics",
    "A successful syncagentinfo answers retcode as the JSON number 0 instead of the string \"0\".")
{
    public override GatewayAnswer ShapeSyncSuccess(GatewayAnswer answer) => answer.WithJson(body => body["retcode"] = 0);
}
