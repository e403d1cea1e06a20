using System.Text.Json;
using AgentGateway.Reference.Tests.Support;

namespace AgentGateway.Reference.Tests.Faults;

public sealed partial class SchemaConformanceFaultTests
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

    [Test]
    [FaultTest(GatewayFault.ExtraField)]
    public async Task Extra_field_adds_vdn_id_to_the_25_fields_of_table_5()
    {
        using var conformant = InMemoryGateway.Create();
        using var faulty = InMemoryGateway.WithFaults(GatewayFault.ExtraField);

        var documented = await conformant.SyncAsync("41001", await conformant.SignInAsync());
        var deviating = await faulty.SyncAsync("41001", await faulty.SignInAsync());

        documented.StateInfo!.Count.Should().Be(25);
        documented.StateInfo.ContainsKey("vdnId").Should().BeFalse();
        deviating.StateInfo!.Count.Should().Be(26);
        deviating.StateInfo["vdnId"]!.GetValue<int>().Should().Be(1);
        deviating.StateInfo.Select(p => p.Key).Should().Contain(documented.StateInfo.Select(p => p.Key));
    }
}
