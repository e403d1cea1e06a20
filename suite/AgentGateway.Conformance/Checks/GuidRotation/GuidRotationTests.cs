using AgentGateway.Conformance.Agents;
using AgentGateway.Conformance.Harness;
using AgentGateway.Conformance.Http;
using AgentGateway.Conformance.Requirements;
using NUnit.Framework;

namespace AgentGateway.Conformance.Checks.GuidRotation;

/// <summary>
/// AUTHMODE 2 gateways rotate the Guid and hand the new one out in Set-GUID on poll answers; the suite adopts it from
/// any answer, so both modes must pass.
/// </summary>
[TestFixture]
public sealed class GuidRotationTests : RotationFixture
{
    [Test]
    [Requirement(Req.GuidRotation.Rot001)]
    public async Task Keeps_syncing_after_the_guid_rotates()
    {
        if (Settings.GuidNeverRotates)
        {
            Skip(NoRotationReason);
        }

        var agent = await SignInAsync();
        var (rotated, refusedPoll) = await KeepPollingUntilRotatedAsync(agent);
        if (refusedPoll is not null)
        {
            Should(
                Req.GuidRotation.Rot001,
                false,
                $"calls with the Guid of generation {agent.GuidGeneration}, the latest the gateway sent, succeed",
                refusedPoll.Summary);
            return;
        }

        var response = await agent.SyncAsync(rotated ? "sync with the adopted Guid" : "sync after the rotation budget, Guid never rotated");
        Should(
            Req.GuidRotation.Rot001,
            response.ReportsSuccess,
            rotated ? $"a sync with the Guid adopted from Set-GUID (generation {agent.GuidGeneration}) succeeds" : "a sync succeeds",
            response.Summary);
    }
}
