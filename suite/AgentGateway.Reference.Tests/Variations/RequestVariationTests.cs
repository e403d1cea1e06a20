using System.Text.Json;
using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Tests.Support;

namespace AgentGateway.Reference.Tests.Variations;

public class RequestVariationTests
{
    private static IEnumerable<TestCaseData> NonDigitIds()
    {
        var cases = new (string Name, string Method, string Path, int ReferenceStatus)[]
        {
            ("sync_with_letters", "POST", "onlineagent/abc/syncagentinfo", 200),
            ("sync_with_digits_and_letters", "POST", "onlineagent/41a01/syncagentinfo", 200),
            ("sync_with_an_empty_id", "POST", "onlineagent//syncagentinfo", 200),
            ("sync_padded_with_spaces", "POST", "onlineagent/%2041001%20/syncagentinfo", 200),
            ("sync_with_an_encoded_digit", "POST", "onlineagent/%341001/syncagentinfo", 200),
            ("sign_in_with_letters", "PUT", "onlineagent/abc", 200),
            ("poll_with_letters", "GET", "agentevent/abc", 200),
            ("GET_on_sync_with_letters", "GET", "onlineagent/abc/syncagentinfo", 405),
        };
        foreach (var (name, method, path, status) in cases)
        {
            yield return new TestCaseData(method, path, status).SetName($"Non_digit_id_not_found_answers_404_for_a_{name}");
        }
    }

    [TestCaseSource(nameof(NonDigitIds))]
    [VariationTest(GatewayVariation.NonDigitIdNotFound)]
    public async Task Non_digit_id_not_found_answers_a_small_html_404_where_the_reference_refuses_the_id(
        string method, string path, int referenceStatus)
    {
        using var reference = InMemoryGateway.Create();
        using var varied = InMemoryGateway.Create(o => o.Variations.Add(GatewayVariation.NonDigitIdNotFound));
        var guid = await varied.SignInAsync();

        var refused = await reference.SendAsync(method, path, await reference.SignInAsync(), body: InMemoryGateway.DocumentedBody);
        var notFound = await varied.SendAsync(method, path, guid, body: InMemoryGateway.DocumentedBody);

        refused.Status.Should().Be(referenceStatus);
        refused.Retcode.Should().Be("000-002");
        notFound.Status.Should().Be(404);
        notFound.ContentType.Should().StartWith("text/html");
        notFound.Body.Should().StartWith("<html>").And.Contain("404");
        notFound.Body.Length.Should().BeLessThan(200);
        varied.Queued("41001").Should().HaveCount(2);
    }

    [TestCase("100")]
    [TestCase("60000")]
    [TestCase("041001")]
    [VariationTest(GatewayVariation.NonDigitIdNotFound)]
    public async Task Non_digit_id_not_found_still_refuses_a_digits_only_id_out_of_range_with_000_002(string agentId)
    {
        using var gateway = InMemoryGateway.Create(o => o.Variations.Add(GatewayVariation.NonDigitIdNotFound));
        var guid = await gateway.SignInAsync();

        var refused = await gateway.SyncAsync(agentId, guid);

        refused.Status.Should().Be(200);
        refused.Retcode.Should().Be("000-002");
        (await gateway.SyncAsync("41001", guid)).Retcode.Should().Be("0");
    }

    [TestCase("GET", "onlineagent/41001/syncagentinfo")]
    [TestCase("PUT", "onlineagent/41001/syncagentinfo")]
    [TestCase("DELETE", "onlineagent/41001/syncagentinfo")]
    [TestCase("PATCH", "onlineagent/41001/syncagentinfo")]
    [TestCase("POST", "agentevent/41001")]
    [TestCase("GET", "onlineagent/41001/saybusy")]
    [VariationTest(GatewayVariation.WrongMethodRetcode)]
    public async Task Wrong_method_retcode_answers_200_with_000_002_where_the_reference_answers_405_and_changes_nothing(
        string method, string path)
    {
        using var reference = InMemoryGateway.Create();
        using var varied = InMemoryGateway.Create(o => o.Variations.Add(GatewayVariation.WrongMethodRetcode));
        var guid = await varied.SignInAsync();

        var notAllowed = await reference.SendAsync(method, path, await reference.SignInAsync(), body: "{}");
        var refused = await varied.SendAsync(method, path, guid, body: "{}");

        notAllowed.Status.Should().Be(405);
        notAllowed.Headers.Should().ContainKey("Allow");
        refused.Status.Should().Be(200);
        refused.ContentType.Should().StartWith("application/json");
        refused.Headers.Should().NotContainKey("Allow");
        refused.Json!.AsObject().Select(p => p.Key).Should().Equal("message", "retcode");
        refused.Retcode.Should().Be("000-002");
        varied.Queued("41001").Should().Equal("AgentOther_InService", "AgentState_Ready");
        varied.Session("41001")!.State.Should().Be(AgentState.Idle);
        (await varied.SyncAsync("41001", guid)).Retcode.Should().Be("0");
    }

    [Test]
    [VariationTest(GatewayVariation.WrongMethodRetcode)]
    public async Task Wrong_method_retcode_still_answers_404_for_a_path_no_interface_has()
    {
        using var gateway = InMemoryGateway.Create(o => o.Variations.Add(GatewayVariation.WrongMethodRetcode));

        (await gateway.SendAsync("GET", "onlineagent/41001/nosuch")).Status.Should().Be(404);
    }

    [TestCase(false)]
    [TestCase(true)]
    [VariationTest(GatewayVariation.PublishedExampleTypes)]
    public async Task Published_example_types_copy_the_published_examples_nulls_and_integer_timestamp(bool varied)
    {
        using var gateway = InMemoryGateway.Create(o =>
        {
            if (varied)
            {
                o.Variations.Add(GatewayVariation.PublishedExampleTypes);
            }
        });
        var guid = await gateway.SignInAsync();

        var sync = await gateway.SyncAsync("41001", guid);

        sync.Retcode.Should().Be("0");
        sync.Json!["result"]!.AsObject().ContainsKey("callinfo").Should().BeTrue();
        (sync.Json!["result"]!["callinfo"] is null).Should().Be(varied);
        var info = sync.StateInfo!;
        info.Count.Should().Be(25);
        foreach (var field in new[] { "beginHoldTime", "secondTalkingTime", "beginTalkingTime" })
        {
            info.ContainsKey(field).Should().BeTrue();
            (info[field] is null).Should().Be(varied, field);
        }

        var beganAt = gateway.Time.GetUtcNow().ToUnixTimeMilliseconds();
        info["agentStateBeginTime"]!.GetValueKind().Should().Be(varied ? JsonValueKind.Number : JsonValueKind.String);
        info["agentStateBeginTime"]!.ToString().Should().Be(beganAt.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
