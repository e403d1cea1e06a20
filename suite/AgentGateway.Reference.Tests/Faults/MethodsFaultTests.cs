using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Tests.Support;

namespace AgentGateway.Reference.Tests.Faults;

public sealed partial class MethodsFaultTests
{
    [TestCase("GET")]
    [TestCase("PUT")]
    [TestCase("DELETE")]
    [TestCase("PATCH")]
    [FaultTest(GatewayFault.SyncAnswersOtherMethods)]
    public async Task Sync_answers_other_methods_lets_them_sync_and_clear_the_queue(string method)
    {
        using var gateway = InMemoryGateway.WithFaults(GatewayFault.SyncAnswersOtherMethods);
        var guid = await gateway.SignInAsync();

        var sync = await gateway.SyncAsync("41001", guid, method);

        sync.Status.Should().Be(200);
        sync.Retcode.Should().Be("0");
        sync.StateInfo!["workNo"]!.GetValue<string>().Should().Be("41001");
        gateway.Queued("41001").Should().BeEmpty();
    }

    [TestCase("GET")]
    [TestCase("PUT")]
    [TestCase("DELETE")]
    [TestCase("PATCH")]
    public async Task Without_the_fault_other_methods_get_405_and_leave_the_queue(string method)
    {
        using var gateway = InMemoryGateway.Create();
        var guid = await gateway.SignInAsync();

        var refused = await gateway.SyncAsync("41001", guid, method);

        refused.Status.Should().Be(405);
        refused.Headers["Allow"].Should().Be("POST");
        refused.Retcode.Should().NotBe("0");
        gateway.Queued("41001").Should().HaveCount(2);
    }

    [Test]
    [FaultTest(GatewayFault.SyncAnswersOtherMethods)]
    public async Task Sync_answers_other_methods_leaves_the_other_interfaces_methods_alone()
    {
        using var gateway = InMemoryGateway.WithFaults(GatewayFault.SyncAnswersOtherMethods);
        var guid = await gateway.SignInAsync();

        var post = await gateway.SendAsync("POST", "agentevent/41001", guid);
        var head = await gateway.SyncAsync("41001", guid, "HEAD");

        post.Status.Should().Be(405);
        post.Headers["Allow"].Should().Be("GET");
        head.Status.Should().Be(405);
        head.Headers["Allow"].Should().Be("POST, GET, PUT, DELETE, PATCH");
        gateway.Session("41001")!.State.Should().Be(AgentState.Idle);
        gateway.Queued("41001").Should().HaveCount(2);
    }
}
