using System.Globalization;

namespace AgentGateway.Reference.Agents;

/// <summary>
/// Which agent IDs the gateway accepts: plain decimal digits without sign, spaces, encoding or leading zeros,
/// within the edition's range (the route pattern of the real gateway is <c>[1-9][\d]{0,3}|[1-5][\d]{4}</c>).
/// </summary>
internal static class AgentIdRules
{
    public static bool IsDigits(string raw) => raw.Length > 0 && raw.All(char.IsAsciiDigit);

    public static bool IsValid(string raw, GatewaySettings settings)
    {
        if (!IsDigits(raw) || raw.Length > 7)
        {
            return false;
        }

        // A leading zero makes no ID of the route pattern, whatever number the digits read as.
        var value = int.Parse(raw, NumberStyles.None, CultureInfo.InvariantCulture);
        var valid = raw[0] != '0' && value >= GatewaySettings.MinAgentId && value <= settings.MaxAgentId;
        return settings.Faults.AcceptsAgentId(value, valid, settings);
    }
}
