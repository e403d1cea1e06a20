using Microsoft.AspNetCore.Http;

namespace AgentGateway.Reference.Faults;

internal sealed class GuidCaseSensitive() : Fault(
    GatewayFault.GuidCaseSensitive,
    "guid-case-sensitive",
    "HeaderEnforcement",
    "Only a header named exactly 'Guid' is read; 'guid' or 'GUID' count as missing.")
{
    public override string? ReadGuid(IHeaderDictionary headers, string? guid)
    {
        var exact = headers.FirstOrDefault(h => string.Equals(h.Key, "Guid", StringComparison.Ordinal));
        return exact.Value.Count == 1 ? exact.Value[0]?.Trim() : null;
    }
}
