namespace AgentGateway.Reference;

/// <summary>
/// One fault mode as data: its kebab-case command-line name, a one-sentence description of the deviation,
/// and the requirement area of the conformance suite that it breaks.
/// </summary>
public sealed record FaultDescriptor(GatewayFault Fault, string Name, string Description, string Area);
