namespace AgentGateway.Reference.Faults;

internal sealed class PlainHttp() : Fault(
    GatewayFault.PlainHttp,
    "plain-http",
    "RetcodeSemantics",
    "The gateway listens on plain HTTP instead of HTTPS, so its address is http://; the interfaces behave as documented.")
{
    public override bool ListensWithTls(bool tls) => false;
}
