using System.Text.Json;
using AgentGateway.Reference.Tests.Support;

namespace AgentGateway.Reference.Tests.Faults;

public sealed class SyncBodyFaultTests
{
    [Test]
    [FaultTest(GatewayFault.CallInfoAsObject)]
    public async Task Callinfo_as_object_answers_an_empty_object_where_the_gateway_answers_a_string()
    {
        using var conformant = InMemoryGateway.Create();
        using var faulty = InMemoryGateway.WithFaults(GatewayFault.CallInfoAsObject);

        var documented = await conformant.SyncAsync("41001", await conformant.SignInAsync());
        var deviating = await faulty.SyncAsync("41001", await faulty.SignInAsync());

        documented.Json!["result"]!["callinfo"]!.GetValueKind().Should().Be(JsonValueKind.String);
        deviating.Retcode.Should().Be("0");
        deviating.Json!["result"]!["callinfo"]!.GetValueKind().Should().Be(JsonValueKind.Object);
        deviating.Json!["result"]!["callinfo"]!.AsObject().Should().BeEmpty();
    }
}
