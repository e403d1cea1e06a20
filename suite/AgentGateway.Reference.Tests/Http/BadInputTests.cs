using System.Text;
using System.Text.Json;
using AgentGateway.Reference.Tests.Support;

namespace AgentGateway.Reference.Tests.Http;

/// <summary>Whatever arrives on the socket, the gateway answers below 500, and its own answers are JSON envelopes.</summary>
public class BadInputTests
{
    private const string Agent = "41001";
    private const string SignIn = "/agentgateway/resource/onlineagent/42001";
    private const string Sync = "/agentgateway/resource/onlineagent/41001/syncagentinfo";
    private const string Json = "Content-Type: application/json; charset=UTF-8\r\n";

    private ReferenceGateway _gateway = null!;
    private string _guid = null!;

    private static IEnumerable<TestCaseData> Inputs()
    {
        // Malformed JSON in the one body the gateway reads.
        foreach (var (body, name) in new[]
                 {
                     ("""{"password":""", "truncated_object"), ("{]", "mismatched_brackets"), ("nul", "bare_word"),
                     ("""{"status":4,}""", "trailing_comma"), ("""{"status":"4"}{"status":"4"}""", "two_documents"),
                     ("'{'", "single_quotes"), (new string('[', 5000) + new string(']', 5000), "deep_nesting"), ("", "empty_body"),
                     ("""{"status":1e400}""", "huge_number"), ("""{"password":{"a":1}}""", "object_for_a_string"),
                 })
        {
            yield return Case($"Malformed_json_{name}", "PUT", SignIn, Json, Encoding.UTF8.GetBytes(body));
        }

        // Invalid UTF-8 in the body, the path and a header.
        yield return Case("Invalid_utf8_in_a_json_string", "PUT", SignIn, Json,
            [.. "{\"password\":\""u8, 0xFF, 0xFE, .. "\",\"phonenum\":\"1\"}"u8]);
        yield return Case("Truncated_utf8_sequence", "PUT", SignIn, Json, [.. "{\"phonenum\":\""u8, 0xC3, .. "\"}"u8]);
        yield return Case("Overlong_utf8_encoding", "PUT", SignIn, Json, [.. "{\"phonenum\":\""u8, 0xC0, 0xAF, .. "\"}"u8]);
        yield return Case("Lone_surrogate_escape", "PUT", SignIn, Json, Encoding.UTF8.GetBytes("""{"password":"\ud800","phonenum":"1"}"""));
        yield return Case("Utf16_body", "PUT", SignIn, Json, Encoding.Unicode.GetBytes("""{"password":"","phonenum":"1"}"""));
        yield return Case("Invalid_utf8_byte_in_the_path", "POST", "/agentgateway/resource/onlineagent/4100\u00FF/syncagentinfo", Json);
        yield return Case("Percent_encoded_invalid_utf8_in_the_path", "POST",
            "/agentgateway/resource/onlineagent/%FF%FE/syncagentinfo", Json);
        yield return Case("Invalid_utf8_in_the_Guid_header", "POST", Sync, Json + "Guid: \u00FF\u00FE{guid}\r\n");
        yield return Case("Control_characters_in_the_Guid_header", "POST", Sync, Json + "Guid: {guid}\u0001\r\n");

        // Bodies larger than the gateway reads.
        var huge = Encoding.UTF8.GetBytes("{\"password\":\"" + new string('x', 2 * 1024 * 1024) + "\"}");
        yield return Case("Huge_sign_in_body", "PUT", SignIn, Json, huge);
        yield return Case("Huge_chunked_sign_in_body", "PUT", SignIn, Json + "Transfer-Encoding: chunked\r\n",
            RawHttps.Chunked(huge), contentLength: false);
        yield return Case("Huge_sync_body", "POST", Sync, Json + "Guid: {guid}\r\n", huge, mayAccept: true);
        yield return Case("Sign_in_password_far_too_long", "PUT", SignIn, Json,
            Encoding.UTF8.GetBytes("{\"password\":\"" + new string('x', 60_000) + "\"}"));
        yield return Case("Content_length_larger_than_the_body", "PUT", SignIn, Json + "Content-Length: 100\r\n", "{}"u8.ToArray(), false);

        // Odd content types: the gateway does not depend on them.
        foreach (var (type, name) in new[]
                 {
                     ("text/plain", "text_plain"), ("application/xml", "xml"), ("multipart/form-data; boundary=x", "multipart"),
                     ("application/json; charset=latin1", "latin1_charset"), (";;;=", "garbage"),
                     ("application/x-www-form-urlencoded", "form"),
                 })
        {
            yield return Case($"Content_type_{name}", "POST", Sync, $"Content-Type: {type}\r\nGuid: {{guid}}\r\n",
                "password=x&a=b"u8.ToArray(), mayAccept: true);
        }

        yield return Case("No_content_type", "POST", Sync, "Guid: {guid}\r\n", mayAccept: true);

        // Unknown paths and odd request targets.
        foreach (var (target, name) in new[]
                 {
                     ("/", "root"), ("/agentgateway", "gateway_root"), ("/agentgateway/resource/", "resource_root"),
                     ("/agentgateway/resource/onlineagent/41001/nosuch", "unknown_interface"),
                     ("/agentgateway/resource/onlineagent/41001/syncagentinfo/extra", "extra_segment"),
                     ("/agentgateway/resource/%2e%2e/%2e%2e/etc/passwd", "encoded_dot_segments"),
                     ("/agentgateway/resource/onlineagent/42001/../41001/syncagentinfo", "dot_segments"),
                     ("/AGENTGATEWAY/RESOURCE/onlineagent/41001/syncagentinfo", "upper_case_prefix"),
                     ("/agentgateway/resource/onlineagent/41001/syncagentinfo?a=%zz&&==&b", "junk_query"),
                     ("/agentgateway/resource/onlineagent/41001/saybusy?reason=abc", "busy_reason_not_a_number"),
                     ("/agentgateway/resource/onlineagent/41001/saybusy?reason=99999999999999999999", "busy_reason_overlong"),
                     ("/agentgateway/resource/onlineagent/41001/rest/abc/1", "rest_time_not_a_number"),
                     ("/agentgateway/resource/onlineagent/41001/rest/86400/256", "rest_out_of_range"),
                     ("/agentgateway/resource/" + new string('a', 6000), "very_long_path"),
                 })
        {
            yield return Case($"Path_{name}", "POST", target, Json + "Guid: {guid}\r\n", mayAccept: name == "junk_query");
        }

        yield return Case("Asterisk_target", "OPTIONS", "*", "");
        yield return Case("Absolute_form_target", "POST", "https://127.0.0.1" + Sync, Json + "Guid: {guid}\r\n", mayAccept: true);
        yield return Case("Unknown_method", "BREW", Sync, Json + "Guid: {guid}\r\n");
        yield return Case("Head_on_syncagentinfo", "HEAD", Sync, Json + "Guid: {guid}\r\n");
        yield return Case("Trace_on_syncagentinfo", "TRACE", Sync, Json + "Guid: {guid}\r\n");
    }

    [OneTimeSetUp]
    public async Task StartGatewayAsync()
    {
        _gateway = await ReferenceGateway.StartAsync(new ReferenceGatewayOptions { LongPollWait = TimeSpan.FromMilliseconds(200) });
        var signIn = await RawHttps.SendAsync(_gateway, RawHttps.Request("PUT", $"/agentgateway/resource/onlineagent/{Agent}", Json,
            Encoding.UTF8.GetBytes(InMemoryGateway.DocumentedBody)));
        signIn.Retcode.Should().Be("0", signIn.Body);
        _guid = signIn.SetGuid!;
    }

    [OneTimeTearDown]
    public async Task StopGatewayAsync() => await _gateway.DisposeAsync();

    [TestCaseSource(nameof(Inputs))]
    public async Task Bad_input_never_gives_a_5xx(
        string method, string target, string headers, byte[]? body, bool contentLength, bool mayAccept)
    {
        var request = RawHttps.Request(method, target, headers.Replace("{guid}", _guid, StringComparison.Ordinal), body, contentLength);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var reply = await RawHttps.SendAsync(_gateway, request, timeout.Token);

        reply.Status.Should().BeInRange(200, 499, "the gateway must answer, and never with a 5xx: {0}", reply.Body);
        if (reply.Body.Length > 0)
        {
            using var envelope = JsonDocument.Parse(reply.Body);
            envelope.RootElement.GetProperty("retcode").ValueKind.Should().Be(JsonValueKind.String);
            if (!mayAccept)
            {
                envelope.RootElement.GetProperty("retcode").GetString().Should().NotBe("0");
            }
        }

        var stillServing = await RawHttps.SendAsync(_gateway, RawHttps.Request("POST", Sync, Json + $"Guid: {_guid}\r\n"), timeout.Token);
        stillServing.Retcode.Should().Be("0", "the agent's session survives the bad request");
    }

    [TestCase("""{"password":"\ud800","phonenum":"1"}""", TestName = "A_lone_surrogate_in_the_sign_in_body_gives_100_001")]
    [TestCase(null, TestName = "Invalid_utf8_in_the_sign_in_body_gives_100_001")]
    public async Task A_sign_in_body_that_is_not_valid_text_gives_100_001_and_signs_nobody_in(string? text)
    {
        using var gateway = InMemoryGateway.Create();
        byte[] body = text is null ? [.. "{\"password\":\""u8, 0xFF, 0xFE, .. "\",\"phonenum\":\"1\"}"u8] : Encoding.UTF8.GetBytes(text);

        var reply = await gateway.SendAsync("PUT", "onlineagent/41001", bodyStream: new MemoryStream(body));

        reply.Status.Should().Be(200);
        reply.Retcode.Should().Be("100-001");
        gateway.Session("41001").Should().BeNull();
    }

    [Test]
    public async Task A_sign_in_body_over_64_KiB_gives_000_006_and_signs_nobody_in()
    {
        using var gateway = InMemoryGateway.Create();
        var body = Encoding.UTF8.GetBytes("{\"password\":\"\",\"phonenum\":\"1\",\"pad\":\"" + new string(' ', 70_000) + "\"}");

        var reply = await gateway.SendAsync("PUT", "onlineagent/41001", bodyStream: new MemoryStream(body));

        reply.Retcode.Should().Be("000-006");
        gateway.Session("41001").Should().BeNull();
    }

    private static TestCaseData Case(
        string name, string method, string target, string headers, byte[]? body = null, bool contentLength = true,
        bool mayAccept = false) =>
        new TestCaseData(method, target, headers, body, contentLength, mayAccept).SetName(name);
}
