using System.Text.Json;
using AgentGateway.Reference.Tests.Support;

namespace AgentGateway.Reference.Tests.Faults;

public sealed partial class RetcodeSemanticsFaultTests
{
    [TestCase(false, JsonValueKind.String)]
    [TestCase(true, JsonValueKind.Number)]
    [FaultTest(GatewayFault.RetcodeAsNumber)]
    public async Task Retcode_as_number_answers_a_successful_sync_with_the_number_0(bool faulty, JsonValueKind kind)
    {
        using var gateway = faulty ? InMemoryGateway.WithFaults(GatewayFault.RetcodeAsNumber) : InMemoryGateway.Create();
        var guid = await gateway.SignInAsync();

        var sync = await gateway.SyncAsync("41001", guid);

        sync.Json!["retcode"]!.GetValueKind().Should().Be(kind);
        sync.Retcode.Should().Be("0");
        sync.StateInfo.Should().NotBeNull();
    }

    [Test]
    [FaultTest(GatewayFault.SuccessOnFailure)]
    public async Task Success_on_failure_answers_a_refused_sync_with_retcode_0_and_no_result()
    {
        using var conformant = InMemoryGateway.Create();
        using var faulty = InMemoryGateway.WithFaults(GatewayFault.SuccessOnFailure);
        await conformant.SignInAsync();
        await faulty.SignInAsync();

        var refused = await conformant.SyncAsync("41001", "bogus");
        var disguised = await faulty.SyncAsync("41001", "bogus");

        refused.Retcode.Should().Be("000-003");
        disguised.Retcode.Should().Be("0");
        disguised.Json!["message"]!.GetValue<string>().Should().Contain("Guid");
        disguised.Json!["result"].Should().BeNull();
        faulty.Queued("41001").Should().HaveCount(2);
    }

    [Test]
    [FaultTest(GatewayFault.SuccessOnFailure)]
    public async Task Success_on_failure_also_disguises_100_006_and_000_002_of_sync_but_not_of_other_interfaces()
    {
        using var gateway = InMemoryGateway.WithFaults(GatewayFault.SuccessOnFailure);

        (await gateway.SyncAsync("41001", null)).Retcode.Should().Be("0");
        (await gateway.SyncAsync("100", null)).Retcode.Should().Be("0");
        (await gateway.ActAsync("41001", null, "sayfree")).Retcode.Should().Be("100-006");
    }

    [TestCase(false)]
    [TestCase(true)]
    [FaultTest(GatewayFault.NonJsonError)]
    public async Task Non_json_error_answers_a_refused_sync_in_plain_text(bool faulty)
    {
        using var gateway = faulty ? InMemoryGateway.WithFaults(GatewayFault.NonJsonError) : InMemoryGateway.Create();
        await gateway.SignInAsync();

        var refused = await gateway.SyncAsync("41001", "bogus");

        refused.Status.Should().Be(200);
        if (faulty)
        {
            refused.Json.Should().BeNull();
            refused.ContentType.Should().StartWith("text/plain");
            refused.Body.Should().StartWith("000-003 ");
        }
        else
        {
            refused.ContentType.Should().StartWith("application/json");
            refused.Retcode.Should().Be("000-003");
        }
    }

    [TestCase(false, "abc", 200)]
    [TestCase(true, "abc", 500)]
    [TestCase(true, "4100a", 500)]
    [TestCase(true, "60000", 200)]
    [FaultTest(GatewayFault.ServerErrorOnBadInput)]
    public async Task Server_error_on_bad_input_answers_a_non_numeric_agent_id_with_HTTP_500(bool faulty, string agentId, int status)
    {
        using var gateway = faulty ? InMemoryGateway.WithFaults(GatewayFault.ServerErrorOnBadInput) : InMemoryGateway.Create();

        var sync = await gateway.SyncAsync(agentId, "bogus");

        sync.Status.Should().Be(status);
        if (status == 500)
        {
            sync.ContentType.Should().StartWith("text/html");
            sync.Json.Should().BeNull();
        }
        else
        {
            sync.Retcode.Should().Be("000-002");
        }
    }
}
