using AgentGateway.Reference.Tests.Support;

namespace AgentGateway.Reference.Tests.Faults;

public sealed partial class RetcodeSemanticsFaultTests
{
    [TestCase(false, "https")]
    [TestCase(true, "http")]
    [FaultTest(GatewayFault.PlainHttp)]
    public async Task Plain_http_serves_the_interfaces_without_tls(bool faulty, string scheme)
    {
        var options = new ReferenceGatewayOptions();
        if (faulty)
        {
            options.Faults.Add(GatewayFault.PlainHttp);
        }

        await using var gateway = await ReferenceGateway.StartAsync(options);
        using var client = new GatewayClient(gateway.BaseUri, gateway.Certificate);

        var signIn = await client.SendAsync(HttpMethod.Put, "onlineagent/41001", null, InMemoryGateway.DocumentedBody);
        var sync = await client.SyncAsync("41001", signIn.SetGuid!);

        gateway.BaseUri.Scheme.Should().Be(scheme);
        signIn.Retcode.Should().Be("0");
        sync.Retcode.Should().Be("0");
    }
}
