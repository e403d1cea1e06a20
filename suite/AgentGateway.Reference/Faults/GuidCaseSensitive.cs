namespace AgentGateway.Reference.Faults;

internal sealed class GuidCaseSensitive() : Fault(
    GatewayFault.GuidCaseSensitive,
    "guid-case-sensitive",
    "HeaderEnforcement",
    "Only a header named exactly 'Guid' is read; 'guid' or 'GUID' count as missing.")
{
}
