namespace AgentGateway.Reference;

/// <summary>
/// A hostile way of answering POST syncagentinfo, so that a client can be shown to survive a gateway that stalls,
/// floods, resets or speaks no HTTP. Every other request is answered normally. <see cref="GatewayHostilities.All"/>
/// describes each one.
/// </summary>
public enum GatewayHostility
{
    Stall,
    Drip,
    HugeAnswer,
    Reset,
    DeepJson,
    Redirect,
    InvalidUtf8,
    NotHttp,
}
