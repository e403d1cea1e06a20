using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Tests.Support;

namespace AgentGateway.Reference.Tests.Faults;

public sealed partial class MethodsFaultTests
{
    [TestCase("HEAD")]
    [TestCase("OPTIONS")]
    [FaultTest(GatewayFault.HeadAndOptionsSync)]
    public async Task Head_and_options_sync_run_the_sync_and_clear_the_queue(string method)
    {
        using var gateway = InMemoryGateway.WithFaults(GatewayFault.HeadAndOptionsSync);
        var guid = await gateway.SignInAsync();
        (await gateway.ActAsync("41001", guid, "saybusy")).Retcode.Should().Be("0");

        var sync = await gateway.SyncAsync("41001", guid, method);

        sync.Status.Should().Be(200);
        sync.Retcode.Should().Be("0");
        gateway.Queued("41001").Should().BeEmpty();
        gateway.Session("41001")!.State.Should().Be(AgentState.Busy);
    }

    [TestCase("HEAD")]
    [TestCase("OPTIONS")]
    public async Task Without_the_fault_head_and_options_get_405_and_leave_the_queue(string method)
    {
        using var gateway = InMemoryGateway.Create();
        var guid = await gateway.SignInAsync();

        var refused = await gateway.SyncAsync("41001", guid, method);

        refused.Status.Should().Be(405);
        refused.Headers["Allow"].Should().Be("POST");
        gateway.Queued("41001").Should().HaveCount(2);
    }
}
