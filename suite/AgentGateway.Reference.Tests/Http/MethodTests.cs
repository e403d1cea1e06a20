using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Tests.Support;

namespace AgentGateway.Reference.Tests.Http;

public class MethodTests
{
    private static readonly string[] Methods = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE", "PROPFIND"];

    private static IEnumerable<TestCaseData> Unsupported()
    {
        var interfaces = new (string Path, string Allow)[]
        {
            ("onlineagent/41001/syncagentinfo", "POST"),
            ("agentevent/41001", "GET"),
            ("onlineagent/41001", "PUT"),
            ("onlineagent/41001/logout", "DELETE"),
            ("onlineagent/41001/saybusy", "POST"),
            ("onlineagent/41001/agentstatus", "GET"),
        };
        foreach (var (path, allow) in interfaces)
        {
            foreach (var method in Methods.Where(m => m != allow))
            {
                yield return new TestCaseData(method, path, allow)
                    .SetName($"{method}_on_{path.Replace('/', '_')}_gives_405_allowing_{allow}");
            }
        }
    }

    [TestCaseSource(nameof(Unsupported))]
    public async Task An_unsupported_method_gives_405_with_an_Allow_header_and_changes_nothing(string method, string path, string allow)
    {
        using var gateway = InMemoryGateway.Create();
        var guid = await gateway.SignInAsync();

        var reply = await gateway.SendAsync(method, path, guid, body: "{}");

        reply.Status.Should().Be(405);
        reply.Headers["Allow"].Should().Be(allow);
        if (method != "HEAD")
        {
            reply.Retcode.Should().NotBeNull().And.NotBe("0");
        }

        gateway.Queued("41001").Should().HaveCount(2);
        gateway.Session("41001")!.State.Should().Be(AgentState.Idle);
        gateway.Session("41001")!.CurrentGuid.Should().Be(guid);
    }

    [Test]
    public async Task A_lower_case_method_is_not_taken_for_POST()
    {
        using var gateway = InMemoryGateway.Create();
        var guid = await gateway.SignInAsync();

        var reply = await gateway.SyncAsync("41001", guid, "post");

        reply.Status.Should().Be(405);
        gateway.Queued("41001").Should().HaveCount(2);
    }
}
