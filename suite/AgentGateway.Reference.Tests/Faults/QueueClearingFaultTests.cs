using AgentGateway.Reference.Tests.Support;

namespace AgentGateway.Reference.Tests.Faults;

public sealed partial class QueueClearingFaultTests
{
    private static readonly string[] SignInEvents = ["AgentOther_InService", "AgentState_Ready"];

    [TestCase(false)]
    [TestCase(true)]
    [FaultTest(GatewayFault.QueueNotCleared)]
    public async Task Queue_not_cleared_leaves_every_queued_event_to_the_next_poll(bool faulty)
    {
        using var gateway = faulty ? InMemoryGateway.WithFaults(GatewayFault.QueueNotCleared) : InMemoryGateway.Create();
        var guid = await gateway.SignInAsync();

        (await gateway.SyncAsync("41001", guid)).Retcode.Should().Be("0");

        gateway.Queued("41001").Should().Equal(faulty ? SignInEvents : []);
        (await gateway.PollAsync("41001", guid)).EventType.Should().Be(faulty ? "AgentOther_InService" : null);
    }

    [TestCase(false)]
    [TestCase(true)]
    [FaultTest(GatewayFault.QueuePartlyCleared)]
    public async Task Queue_partly_cleared_removes_only_the_oldest_event(bool faulty)
    {
        using var gateway = faulty ? InMemoryGateway.WithFaults(GatewayFault.QueuePartlyCleared) : InMemoryGateway.Create();
        var guid = await gateway.SignInAsync();
        (await gateway.ActAsync("41001", guid, "saybusy?reason=207")).Retcode.Should().Be("0");

        (await gateway.SyncAsync("41001", guid)).Retcode.Should().Be("0");

        gateway.Queued("41001").Should().Equal(faulty ? ["AgentState_Ready", "AgentState_SetNotReady_Success"] : []);
    }

    [TestCase(false)]
    [TestCase(true)]
    [FaultTest(GatewayFault.SyncQueuesEvent)]
    public async Task Sync_queues_event_leaves_a_fresh_AgentState_Ready_after_clearing(bool faulty)
    {
        using var gateway = faulty ? InMemoryGateway.WithFaults(GatewayFault.SyncQueuesEvent) : InMemoryGateway.Create();
        var guid = await gateway.SignInAsync();
        (await gateway.ActAsync("41001", guid, "saybusy?reason=207")).Retcode.Should().Be("0");

        (await gateway.SyncAsync("41001", guid)).Retcode.Should().Be("0");

        gateway.Queued("41001").Should().Equal(faulty ? ["AgentState_Ready"] : []);
    }

    [TestCase(false)]
    [TestCase(true)]
    [FaultTest(GatewayFault.OtherAgentQueueCleared)]
    public async Task Other_agent_queue_cleared_empties_every_other_agents_queue(bool faulty)
    {
        using var gateway = faulty ? InMemoryGateway.WithFaults(GatewayFault.OtherAgentQueueCleared) : InMemoryGateway.Create();
        var guid = await gateway.SignInAsync("41001");
        await gateway.SignInAsync("41002");
        await gateway.SignInAsync("41003");

        (await gateway.SyncAsync("41001", guid)).Retcode.Should().Be("0");

        gateway.Queued("41001").Should().BeEmpty();
        gateway.Queued("41002").Should().Equal(faulty ? [] : SignInEvents);
        gateway.Queued("41003").Should().Equal(faulty ? [] : SignInEvents);
    }

    [TestCase(false, "0")]
    [TestCase(true, "100-006")]
    [FaultTest(GatewayFault.SessionDroppedAfterSync)]
    public async Task Session_dropped_after_sync_signs_the_agent_out(bool faulty, string retcodeAfter)
    {
        using var gateway = faulty ? InMemoryGateway.WithFaults(GatewayFault.SessionDroppedAfterSync) : InMemoryGateway.Create();
        var guid = await gateway.SignInAsync();

        var sync = await gateway.SyncAsync("41001", guid);

        sync.Retcode.Should().Be("0");
        sync.StateInfo.Should().NotBeNull();
        (await gateway.ActAsync("41001", guid, "saybusy")).Retcode.Should().Be(retcodeAfter);
        (await gateway.SyncAsync("41001", guid)).Retcode.Should().Be(retcodeAfter);
    }

    [TestCase(false)]
    [TestCase(true)]
    [FaultTest(GatewayFault.RefusedSyncClearsQueue)]
    public async Task Refused_sync_clears_queue_empties_the_queue_on_a_bad_Guid(bool faulty)
    {
        using var gateway = faulty ? InMemoryGateway.WithFaults(GatewayFault.RefusedSyncClearsQueue) : InMemoryGateway.Create();
        await gateway.SignInAsync();

        var refused = await gateway.SyncAsync("41001", "bogus");

        refused.Retcode.Should().Be("000-003");
        refused.StateInfo.Should().BeNull();
        gateway.Queued("41001").Should().Equal(faulty ? [] : SignInEvents);
    }
}
