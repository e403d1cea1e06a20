namespace AgentGateway.Reference.Faults;

internal sealed class ServerErrorOnBadInput() : Fault(
    GatewayFault.ServerErrorOnBadInput,
    "server-error-on-bad-input",
    "RetcodeSemantics",
    "An agent ID that is not a number makes the gateway answer HTTP 500 with an HTML error page.")
{
}
