using AgentGateway.Reference.Tests.Support;

namespace AgentGateway.Reference.Tests.Faults;

public sealed partial class SchemaConformanceFaultTests
{
    [Test]
    [FaultTest(GatewayFault.SignInWithoutResult)]
    public async Task Sign_in_without_result_answers_only_message_and_retcode_but_still_issues_the_guid()
    {
        using var conformant = InMemoryGateway.Create();
        using var faulty = InMemoryGateway.WithFaults(GatewayFault.SignInWithoutResult);

        var documented = await conformant.SignInRawAsync("41001");
        var bare = await faulty.SignInRawAsync("41001");

        documented.Json!["result"]!["workno"]!.GetValue<string>().Should().Be("41001");
        bare.Body.Should().Be("""{"message":"","retcode":"0"}""");
        bare.SetGuid.Should().NotBeNullOrEmpty();
        (await faulty.SyncAsync("41001", bare.SetGuid)).Retcode.Should().Be("0");
    }
}
