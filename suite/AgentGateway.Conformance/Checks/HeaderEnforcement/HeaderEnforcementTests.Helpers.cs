using System.Globalization;
using AgentGateway.Conformance.Agents;
using AgentGateway.Conformance.Http;

namespace AgentGateway.Conformance.Checks.HeaderEnforcement;

public sealed partial class HeaderEnforcementTests
{
    /// <summary>
    /// An agent ID inside the edition's range, off its edges (which the AgentIdBounds checks sign in with), that is none
    /// of the configured agents: the suite never signs it in.
    /// </summary>
    private string AgentIdNobodySignsIn()
    {
        var range = Settings.AgentIdRange;
        while (true)
        {
            var id = Faker.Random.Long(range.Min + 1, range.Max - 1).ToString(CultureInfo.InvariantCulture);
            if (Target.Agents.All.All(a => a.Id != id))
            {
                return id;
            }
        }
    }

    private Task<GatewayResponse> SyncWithGuid(AgentSession agent, string? guid, string purpose) =>
        Client.SendAsync(SyncRequest(agent.Id, purpose, guid));

    /// <summary>
    /// A sync on the first agent's path with <paramref name="guid"/> (no header when null) must be refused without agent
    /// state and change nothing for any of <paramref name="agents"/>; the refusal should carry a Guid refusal code.
    /// </summary>
    private async Task RefusesGuidAsync(string requirementId, IReadOnlyList<AgentSession> agents, string? guid, string purpose, string what)
    {
        var response = await MustLeaveUntouchedAsync(requirementId, agents, () => SyncWithGuid(agents[0], guid, purpose), what, Refusal.WithoutState);
        Should(GuidRefusalCodes, response.Retcode is "000-003" or "100-006", "retcode 000-003 or 100-006", response.Summary);
    }

    private async Task CleanlyAcceptsOrRefusesAsync(string requirementId, string? contentType)
    {
        var agent = await SignInAsync();
        var what = contentType is null ? "a sync without Content-Type" : $"a sync with Content-Type {contentType}";
        await MustLeaveUntouchedAsync(
            requirementId,
            [agent],
            async () =>
            {
                var answer = await Client.SendAsync(SyncRequest(agent.Id, what, agent.CurrentGuid) with { ContentType = contentType });
                Must(
                    requirementId,
                    answer.ReportsSuccess || (answer.Status is < 500 && answer.IsJsonObject && answer.Retcode is { } code && code != "0"),
                    $"{what} is accepted, or refused with a JSON failure body (retcode a string other than \"0\") and no 5xx",
                    answer.Summary + (answer.IsJsonObject ? "" : ", body not a JSON object"));
                return answer;
            },
            what,
            Refusal.NotSucceeded,
            mayBeAccepted: true);
    }
}
