using AgentGateway.Reference.Http;

namespace AgentGateway.Reference.Faults;

internal sealed class OtherMethodsNotFound() : Fault(
    GatewayFault.OtherMethodsNotFound,
    "other-methods-not-found",
    "Methods",
    "A method an interface does not support, such as GET on syncagentinfo, is answered HTTP 404 instead of 405 with Allow.")
{
    public override GatewayAnswer AnswerUnsupportedMethod(GatewayAnswer answer) => GatewayAnswer.NoSuchInterface();
}
