using AgentGateway.Reference.Tests.Support;

namespace AgentGateway.Reference.Tests.Faults;

public sealed partial class MethodsFaultTests
{
    [TestCase("GET")]
    [TestCase("PUT")]
    [TestCase("DELETE")]
    [TestCase("PATCH")]
    [FaultTest(GatewayFault.OtherMethodsNotFound)]
    public async Task Other_methods_not_found_answers_404_without_allow_where_the_gateway_answers_405(string method)
    {
        using var conformant = InMemoryGateway.Create();
        using var faulty = InMemoryGateway.WithFaults(GatewayFault.OtherMethodsNotFound);

        var documented = await conformant.SyncAsync("41001", await conformant.SignInAsync(), method);
        var guid = await faulty.SignInAsync();
        var notFound = await faulty.SyncAsync("41001", guid, method);

        documented.Status.Should().Be(405);
        documented.Headers["Allow"].Should().Be("POST");
        notFound.Status.Should().Be(404);
        notFound.Headers.Should().NotContainKey("Allow");
        notFound.Retcode.Should().Be("000-002");
        faulty.Queued("41001").Should().Equal("AgentOther_InService", "AgentState_Ready");
        (await faulty.SyncAsync("41001", guid)).Retcode.Should().Be("0");
    }
}
