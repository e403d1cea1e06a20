using System.Text.Json;
using AgentGateway.Reference.Tests.Support;

namespace AgentGateway.Reference.Tests.Faults;

public sealed partial class SchemaConformanceFaultTests
{
    [Test]
    [FaultTest(GatewayFault.EventWorkNoAsNumber)]
    public async Task Event_workno_as_number_sends_the_work_number_as_a_json_number()
    {
        using var conformant = InMemoryGateway.Create();
        using var faulty = InMemoryGateway.WithFaults(GatewayFault.EventWorkNoAsNumber);

        var documented = await conformant.PollAsync("41001", await conformant.SignInAsync());
        var deviating = await faulty.PollAsync("41001", await faulty.SignInAsync());

        documented.Json!["event"]!["workNo"]!.GetValueKind().Should().Be(JsonValueKind.String);
        deviating.Retcode.Should().Be("0");
        deviating.EventType.Should().Be("AgentOther_InService");
        deviating.Json!["event"]!["workNo"]!.GetValueKind().Should().Be(JsonValueKind.Number);
        deviating.Json!["event"]!["workNo"]!.GetValue<int>().Should().Be(41001);
    }
}
