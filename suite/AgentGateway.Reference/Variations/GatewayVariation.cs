namespace AgentGateway.Reference;

/// <summary>
/// A difference from the reference behaviour that the published documents and the rulings allow, so that the
/// conformance suite can be shown to raise no false alarm on it. <see cref="GatewayVariations.All"/> describes each one.
/// </summary>
public enum GatewayVariation
{
    EventsDelayed,
    OversizedBodyUnread,
    OversizedBodyClosed,
    NonDigitIdNotFound,
    WrongMethodRetcode,
    PublishedExampleTypes,
}
