using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Http;
using Microsoft.AspNetCore.Http;

namespace AgentGateway.Reference.Faults;

internal sealed class ServerErrorOnBadInput() : Fault(
    GatewayFault.ServerErrorOnBadInput,
    "server-error-on-bad-input",
    "RetcodeSemantics",
    "An agent ID that is not a number makes the gateway answer HTTP 500 with an HTML error page.")
{
    public override GatewayAnswer AnswerInvalidAgentId(string agentId, GatewayAnswer answer) =>
        AgentIdRules.IsDigits(agentId)
            ? answer
            : GatewayAnswer.ErrorPage(
                StatusCodes.Status500InternalServerError, "Internal Server Error", "java.lang.NumberFormatException");
}
