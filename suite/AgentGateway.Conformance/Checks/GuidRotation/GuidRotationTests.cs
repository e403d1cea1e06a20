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
        var rotated = await KeepPollingUntilRotatedAsync(agent);
        var response = await agent.SyncAsync(rotated ? "sync with the adopted Guid" : "sync after the rotation budget, Guid never rotated");
        Should(
            "SYNC-ROT-001",
            response.IsDocumentedSuccess,
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
    /// the rotation budget runs out. Returns whether it rotated.
    /// </summary>
    private async Task<bool> KeepPollingUntilRotatedAsync(AgentSession agent)
    {
        var started = Time.GetTimestamp();
        var reason = NextMarkerReason();
        var busy = false;
        while (agent.GuidGeneration == 1 && Time.GetElapsedTime(started) < RotationBudget)
        {
            if (busy)
            {
                await agent.QueueFreeAsync();
            }
            else
            {
                await agent.QueueBusyMarkerAsync(reason = NextMarkerReason(reason));
            }

            busy = !busy;
            var poll = await agent.PollAsync("poll while waiting for the Guid to rotate");
            if (!poll.Succeeded)
            {
                throw new SuiteException($"A poll with the current Guid failed while waiting for rotation: {poll.Response.Summary}.");
            }

            await Task.Delay(PollPause, Time);
        }

        return agent.GuidGeneration > 1;
    }

    /// <summary>How long to wait for a rotation: AUTHMODE 1 never rotates; a real gateway's GUIDINTERVAL is 60 s by default.</summary>
    private static TimeSpan RotationBudget => Settings.UsesEmbeddedGateway
        ? Settings.Embedded.AuthMode == 1 ? TimeSpan.Zero : (Settings.Embedded.GuidInterval ?? TimeSpan.FromSeconds(60)) * 2
        : Settings.GuidRotationBudget;
}
