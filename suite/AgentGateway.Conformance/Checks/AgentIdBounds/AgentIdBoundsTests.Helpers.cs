using System.Globalization;
using AgentGateway.Conformance.Agents;
using AgentGateway.Conformance.Configuration;
using AgentGateway.Conformance.Http;
using AgentGateway.Conformance.Requirements;

namespace AgentGateway.Conformance.Checks.AgentIdBounds;

public sealed partial class AgentIdBoundsTests
{
    private const string InvalidParameter = "000-002";

    /// <summary>Table 3 state of a busy agent.</summary>
    private const int BusyState = 4;

    public enum AboveRange { JustAbove, IntOverflow, TwentyDigits }

    public enum Edge { Lowest, Highest }

    private string IdAbove(AboveRange which) => which switch
    {
        AboveRange.JustAbove => (Settings.AgentIdRange.Max + 1).ToString(CultureInfo.InvariantCulture),
        AboveRange.IntOverflow => "2147483648",
        _ => "12345678901234567890",
    };

    private async Task RefusesSyncAsync(string requirementId, string agentId)
    {
        var agent = await SignInAsync();
        var response = await Client.SendAsync(SyncRequest(agentId, $"sync on agent ID '{agentId}'", agent.CurrentGuid));
        MustNotServerError(response);
        MustNotSucceed(requirementId, response, $"a sync on agent ID '{agentId}'");
        ShouldUseRefusalCode(response, agentId);
    }

    private void MustNotServerError(GatewayResponse response) =>
        Must(Req.AgentIdBounds.Id006, response.Status is not >= 500, "no HTTP 5xx answer", response.Summary);

    private void ShouldUseRefusalCode(GatewayResponse response, string agentId)
    {
        var digitsOnly = agentId.Length > 0 && agentId.All(char.IsAsciiDigit);
        var documented = response.Status == 200 && response.Retcode == InvalidParameter;
        Should(
            Req.AgentIdBounds.Id007,
            documented || (!digitsOnly && response.Status == 404),
            digitsOnly ? $"HTTP 200 with retcode {InvalidParameter}" : $"HTTP 200 with retcode {InvalidParameter}, or HTTP 404",
            response.Summary);
    }
}
