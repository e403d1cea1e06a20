using AgentGateway.Reference.Tests.Support;

namespace AgentGateway.Reference.Tests.Faults;

public sealed partial class HeaderEnforcementFaultTests
{
    private const string Sync = "onlineagent/41001/syncagentinfo";

    [Test]
    [FaultTest(GatewayFault.CharsetRefused)]
    public async Task Charset_refused_refuses_the_documented_content_type_and_accepts_bare_json()
    {
        using var gateway = InMemoryGateway.WithFaults(GatewayFault.CharsetRefused);
        var guid = await gateway.SignInAsync();

        var documented = await gateway.SyncAsync("41001", guid);
        var bare = await gateway.SendAsync("POST", Sync, guid, contentType: "application/json");

        documented.Status.Should().Be(200);
        documented.Retcode.Should().Be("000-006");
        documented.StateInfo.Should().BeNull();
        bare.Retcode.Should().Be("0");
        bare.StateInfo.Should().NotBeNull();
    }

    [Test]
    [FaultTest(GatewayFault.MissingContentTypeServerError)]
    public async Task Missing_content_type_server_error_answers_500_with_a_page_where_the_gateway_accepts_the_sync()
    {
        using var conformant = InMemoryGateway.Create();
        using var faulty = InMemoryGateway.WithFaults(GatewayFault.MissingContentTypeServerError);

        var accepted = await conformant.SendAsync("POST", Sync, await conformant.SignInAsync(), contentType: null);
        var guid = await faulty.SignInAsync();
        var failed = await faulty.SendAsync("POST", Sync, guid, contentType: null);

        accepted.Retcode.Should().Be("0");
        failed.Status.Should().Be(500);
        failed.ContentType.Should().StartWith("text/html");
        failed.Json.Should().BeNull();
        (await faulty.SyncAsync("41001", guid)).Retcode.Should().Be("0");
    }

    [TestCase("text/plain")]
    [TestCase("application/xml")]
    [FaultTest(GatewayFault.NonJsonContentTypePage)]
    public async Task Non_json_content_type_page_answers_415_with_a_page_where_the_gateway_accepts_the_sync(string contentType)
    {
        using var conformant = InMemoryGateway.Create();
        using var faulty = InMemoryGateway.WithFaults(GatewayFault.NonJsonContentTypePage);

        var accepted = await conformant.SendAsync("POST", Sync, await conformant.SignInAsync(), contentType: contentType);
        var guid = await faulty.SignInAsync();
        var refused = await faulty.SendAsync("POST", Sync, guid, contentType: contentType);

        accepted.Retcode.Should().Be("0");
        refused.Status.Should().Be(415);
        refused.ContentType.Should().StartWith("text/html");
        refused.Json.Should().BeNull();
        faulty.Queued("41001").Should().Equal("AgentOther_InService", "AgentState_Ready");
        (await faulty.SendAsync("POST", Sync, guid, contentType: null)).Retcode.Should().Be("0");
    }
}
