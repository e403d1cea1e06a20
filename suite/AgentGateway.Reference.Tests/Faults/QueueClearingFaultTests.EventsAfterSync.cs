using AgentGateway.Reference.Tests.Support;

namespace AgentGateway.Reference.Tests.Faults;

public sealed partial class QueueClearingFaultTests
{
    [Test]
    [FaultTest(GatewayFault.FirstEventAfterSyncDropped)]
    public async Task First_event_after_sync_dropped_loses_the_first_event_after_the_sync_and_keeps_the_second()
    {
        using var conformant = InMemoryGateway.Create();
        using var faulty = InMemoryGateway.WithFaults(GatewayFault.FirstEventAfterSyncDropped);

        foreach (var gateway in new[] { conformant, faulty })
        {
            var guid = await gateway.SignInAsync();
            (await gateway.SyncAsync("41001", guid)).Retcode.Should().Be("0");
            (await gateway.ActAsync("41001", guid, "saybusy")).Retcode.Should().Be("0");
            (await gateway.ActAsync("41001", guid, "sayfree")).Retcode.Should().Be("0");
        }

        conformant.Queued("41001").Should().Equal("AgentState_SetNotReady_Success", "AgentState_CancelNotReady_Success");
        faulty.Queued("41001").Should().Equal("AgentState_CancelNotReady_Success");
    }
}
