using AgentGateway.Reference.Tests.Support;

namespace AgentGateway.Reference.Tests.Http;

public class AgentIdBoundsTests
{
    private static IEnumerable<TestCaseData> Accepted()
    {
        foreach (var id in new[] { "101", "102", "41001", "59998", "59999" })
        {
            yield return new TestCaseData("default", id).SetName($"Default_edition_accepts_{id}");
        }

        foreach (var id in new[] { "101", "59999", "60000", "999999" })
        {
            yield return new TestCaseData("2025", id).SetName($"Edition_2025_accepts_{id}");
        }
    }

    private static IEnumerable<TestCaseData> Refused()
    {
        var defaults = new (string Id, string Name)[]
        {
            ("100", "100"), ("99", "99"), ("1", "1"), ("0", "0"), ("60000", "60000"), ("999999", "999999"), ("1000000", "1000000"),
            ("0101", "leading_zero"), ("-101", "negative"), ("+101", "plus_sign"), ("41001.0", "decimal"), ("4e4", "exponent"),
            ("abc", "letters"), ("4100a", "trailing_letter"), ("%34%31%30%30%31", "percent_encoded_digits"),
            ("41001%20", "encoded_space"), ("", "empty"), ("99999999999999999999", "overlong"), ("%EF%BC%94%EF%BC%91", "fullwidth_digits"),
        };
        foreach (var (id, name) in defaults)
        {
            yield return new TestCaseData("default", id).SetName($"Default_edition_refuses_{name}");
        }

        foreach (var (id, name) in new[] { ("100", "100"), ("1000000", "1000000"), ("0999999", "leading_zero") })
        {
            yield return new TestCaseData("2025", id).SetName($"Edition_2025_refuses_{name}");
        }
    }

    [TestCaseSource(nameof(Accepted))]
    public async Task An_id_in_the_editions_range_signs_in_and_syncs(string edition, string agentId)
    {
        using var gateway = InMemoryGateway.Create(o => o.Edition = edition);

        var signIn = await gateway.SignInRawAsync(agentId);
        var sync = await gateway.SyncAsync(agentId, signIn.SetGuid);

        signIn.Retcode.Should().Be("0");
        sync.Retcode.Should().Be("0");
        sync.StateInfo!["workNo"]!.GetValue<string>().Should().Be(agentId);
    }

    [TestCaseSource(nameof(Refused))]
    public async Task An_id_outside_the_editions_range_is_refused_with_000_002_on_every_interface(string edition, string agentId)
    {
        using var gateway = InMemoryGateway.Create(o => o.Edition = edition);

        var replies = new[]
        {
            await gateway.SignInRawAsync(agentId),
            await gateway.SignInRawAsync(agentId, force: true),
            await gateway.SyncAsync(agentId, null),
            await gateway.PollAsync(agentId, null),
            await gateway.ActAsync(agentId, null, "saybusy"),
            await gateway.SendAsync("DELETE", $"onlineagent/{agentId}/logout"),
        };

        foreach (var reply in replies)
        {
            reply.Status.Should().Be(200);
            reply.Retcode.Should().Be("000-002");
            reply.Headers.Should().NotContainKey("Set-GUID");
        }

        gateway.Handler.Registry.Slots.Should().BeEmpty();
    }
}
