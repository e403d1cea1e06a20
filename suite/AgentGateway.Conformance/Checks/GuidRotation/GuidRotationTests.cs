using AgentGateway.Conformance.Agents;
using AgentGateway.Conformance.Harness;
using AgentGateway.Conformance.Http;
using NUnit.Framework;

namespace AgentGateway.Conformance.Checks.GuidRotation;

/// <summary>
/// AUTHMODE 2 gateways rotate the Guid and hand the new one out in Set-GUID on poll answers; the suite adopts it from
/// any answer, so both modes must pass.
/// </summary>
[TestFixture]
public sealed class GuidRotationTests : ConformanceTest
{
    private static readonly TimeSpan PollPause = TimeSpan.FromMilliseconds(250);

    [Test]
    [Requirement("SYNC-ROT-001")]
    public async Task Keeps_syncing_after_the_guid_rotates()
    {
        var agent = await SignInAsync();
        var (rotated, refusedPoll) = await KeepPollingUntilRotatedAsync(agent);
        if (refusedPoll is not null)
        {
            Should(
                "SYNC-ROT-001",
                false,
                $"calls with the Guid of generation {agent.GuidGeneration}, the latest the gateway sent, succeed",
                refusedPoll.Summary);
            return;
        }

        var response = await agent.SyncAsync(rotated ? "sync with the adopted Guid" : "sync after the rotation budget, Guid never rotated");
        Should(
            "SYNC-ROT-001",
            response.ReportsSuccess,
            rotated ? $"a sync with the Guid adopted from Set-GUID (generation {agent.GuidGeneration}) succeeds" : "a sync succeeds",
            response.Summary);
    }

    [Test]
    [Requirement("SYNC-ROT-002")]
    public async Task Sends_set_guid_in_the_documented_form()
    {
        var agent = await SignInAsync();
        await KeepPollingUntilRotatedAsync(agent);
        var headers = Client.Log.Exchanges
            .SelectMany(e => e.ResponseHeaders)
            .Where(h => h.Name.Equals("Set-GUID", StringComparison.OrdinalIgnoreCase))
            .ToList();
        var odd = headers.Where(h => !h.Value.StartsWith(GuidHeader.Prefix, StringComparison.Ordinal)).ToList();
        Should(
            "SYNC-ROT-002",
            odd.Count == 0,
            "every Set-GUID header of the form JSESSIONID=<guid>",
            odd.Count == 0 ? $"{headers.Count} Set-GUID header(s), all of that form" : string.Join("; ", odd.Select(h => h.Value)));
    }

    /// <summary>
    /// Polls as a client would (each poll answered at once by an event the suite queues) until the Guid rotates or
    /// the rotation budget runs out. Returns whether it rotated, and the answer to a call with the latest Guid the
    /// gateway sent that was refused: the client did everything the documents ask and lost its session.
    /// </summary>
    private async Task<(bool Rotated, GatewayResponse? Refused)> KeepPollingUntilRotatedAsync(AgentSession agent)
    {
        var started = Time.GetTimestamp();
        var reason = NextMarkerReason();
        var busy = false;
        while (agent.GuidGeneration == 1 && Time.GetElapsedTime(started) < RotationBudget)
        {
            var change = busy
                ? await agent.SendAsync(HttpMethod.Post, Routes.SayFree(agent.Id), "set idle while waiting for the Guid to rotate")
                : await agent.SendAsync(
                    HttpMethod.Post, Routes.SayBusy(agent.Id, reason = NextMarkerReason(reason)), "set busy while waiting for the Guid to rotate");
            if (!change.ReportsSuccess)
            {
                return (false, change);
            }

            busy = !busy;
            var poll = await agent.PollAsync("poll while waiting for the Guid to rotate");
            if (!poll.Succeeded)
            {
                return (false, poll.Response);
            }

            await Task.Delay(PollPause, Time);
        }

        return (agent.GuidGeneration > 1, null);
    }

    /// <summary>
    /// How long to wait for a rotation. AUTHMODE 1 never rotates. On the embedded gateway the suite knows GUIDINTERVAL
    /// and GUIDTIMEOUT (twice the interval), so it keeps polling for as long as an unannounced rotation could leave
    /// the old Guid alive: a rotation that never reaches the client then shows as a refused poll or sync. A real
    /// gateway's GUIDINTERVAL is 60 s by default; its budget is configured.
    /// </summary>
    private static TimeSpan RotationBudget => Settings.UsesEmbeddedGateway
        ? Settings.Embedded.AuthMode == 1 ? TimeSpan.Zero : EmbeddedGuidInterval * 3 + TimeSpan.FromSeconds(1)
        : Settings.GuidRotationBudget;

    private static TimeSpan EmbeddedGuidInterval => Settings.Embedded.GuidInterval ?? TimeSpan.FromSeconds(60);
}
