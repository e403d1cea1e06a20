using AgentGateway.Reference.Tests.Support;

namespace AgentGateway.Reference.Tests.Faults;

public sealed partial class AgentIdBoundsFaultTests
{
    [TestCase("%2041001%20")]
    [TestCase("%341001")]
    [FaultTest(GatewayFault.SignInIdNormalised)]
    public async Task Sign_in_id_normalised_signs_the_agent_in_under_an_id_that_is_not_plain_digits(string written)
    {
        using var conformant = InMemoryGateway.Create();
        using var faulty = InMemoryGateway.WithFaults(GatewayFault.SignInIdNormalised);

        var refused = await conformant.SignInRawAsync(written);
        var accepted = await faulty.SignInRawAsync(written);

        refused.Retcode.Should().Be("000-002");
        conformant.Session("41001").Should().BeNull();
        accepted.Retcode.Should().Be("0");
        accepted.Json!["result"]!["workno"]!.GetValue<string>().Should().Be("41001");
        (await faulty.SyncAsync("41001", accepted.SetGuid)).Retcode.Should().Be("0");
        (await faulty.SyncAsync(written, accepted.SetGuid)).Retcode.Should().Be("000-002", "only sign-in normalises the ID");
    }
}
