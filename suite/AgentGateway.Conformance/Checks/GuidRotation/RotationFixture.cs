using AgentGateway.Conformance.Agents;
using AgentGateway.Conformance.Harness;
using AgentGateway.Conformance.Http;

namespace AgentGateway.Conformance.Checks.GuidRotation;

/// <summary>What the Guid rotation checks share: polling as a client does until the Guid rotates.</summary>
public abstract class RotationFixture : ConformanceTest
{
    private static readonly TimeSpan PollPause = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Polls as a client would (each poll answered at once by an event the suite queues) until the Guid rotates or
    /// the rotation budget runs out. Returns whether it rotated, and the answer to a call with the latest Guid the
    /// gateway sent that was refused: the client did everything the documents ask and lost its session.
    /// </summary>
    protected async Task<(bool Rotated, GatewayResponse? Refused)> KeepPollingUntilRotatedAsync(AgentSession agent)
    {
        var started = Time.GetTimestamp();
        var reason = NextMarkerReason();
        var busy = false;
        while (agent.GuidGeneration == 1 && Time.GetElapsedTime(started) < RotationBudget)
        {
            var change = busy
                ? await agent.AskFreeAsync("set idle while waiting for the Guid to rotate")
                : await agent.AskBusyAsync(reason = NextMarkerReason(reason), "set busy while waiting for the Guid to rotate");
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

            await Task.Delay(PollPause, Time, Interruption);
        }

        return (agent.GuidGeneration > 1, null);
    }

    /// <summary>The reason a rotation check gives when the target's Guid never rotates.</summary>
    protected string NoRotationReason => Settings.UsesEmbeddedGateway
        ? "the embedded gateway runs AUTHMODE 1: its Guid never rotates"
        : "the target is declared AUTHMODE 1 (--authmode 1): its Guid never rotates";

    /// <summary>
    /// How long to wait for a rotation. AUTHMODE 1 never rotates. On the embedded gateway the suite knows GUIDINTERVAL
    /// and GUIDTIMEOUT (twice the interval), so it keeps polling for as long as an unannounced rotation could leave
    /// the old Guid alive: a rotation that never reaches the client then shows as a refused poll or sync. A real
    /// gateway's budget is configured, or follows from its declared GUIDINTERVAL.
    /// </summary>
    private TimeSpan RotationBudget => Settings.GuidNeverRotates ? TimeSpan.Zero
        : Settings.UsesEmbeddedGateway ? EmbeddedGuidInterval * 3 + TimeSpan.FromSeconds(1)
        : Settings.GuidRotationBudget;

    private TimeSpan EmbeddedGuidInterval => Settings.Embedded.GuidInterval ?? TimeSpan.FromSeconds(60);
}
