using System.Net;
using System.Net.Sockets;
using AgentGateway.Conformance.Http;
using AgentGateway.Conformance.Tests.Support;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Http;

/// <summary>
/// Each way a gateway can answer, or fail to, over a real socket, and the outcome the suite records for it: a status
/// exactly when an answer head arrived, the outcome on the exchange, and words in the summary. Both ways of sending
/// run every case: through the pool, and as a request marked as carrying an oversized body.
/// </summary>
[TestFixture(false, TestName = "Through_the_pool")]
[TestFixture(true, TestName = "Marked_oversized")]
public sealed class TransportOutcomeTests(bool oversized)
{
    private GatewayRequest Request() => oversized ? TestTarget.Sync() with { Body = "{}", OversizedBody = true } : TestTarget.Sync();

    private async Task<GatewayResponse> SendAsync(SocketServer server, long maxResponse = 1 << 20, TimeSpan? budget = null)
    {
        // A server without TLS is still addressed as https: it stands for a gateway that does not speak TLS on its port.
        var baseUri = new Uri($"https://{server.BaseUri.Authority}/");
        await using var target = await TestTarget.ResolveAsync(
            baseUri, s => s with { MaxResponseBytes = maxResponse, RequestTimeout = budget ?? s.RequestTimeout });
        var response = await target.NewClient(new ExchangeLog()).SendAsync(Request());
        response.Exchange.Outcome.Should().Be(response.Outcome, "the recorded exchange carries the outcome");
        response.Exchange.Status.Should().Be(response.Status);
        return response;
    }

    [Test]
    public async Task A_complete_answer_is_answered_with_its_status_and_json()
    {
        await using var server = SocketServer.Start(async c =>
        {
            await c.ReadRequestAsync();
            await c.SendAsync(TestTarget.Answer(200, """{"message":"","retcode":"0"}"""));
        });

        var response = await SendAsync(server);

        response.Outcome.Should().Be(TransportOutcome.Answered);
        response.Status.Should().Be(200);
        response.Retcode.Should().Be("0");
        response.TransportError.Should().BeNull();
        response.Summary.Should().Be("HTTP 200, retcode \"0\"");
    }

    [Test]
    public async Task A_refused_connection_is_connect_failed()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var target = await TestTarget.ResolveAsync(new Uri($"https://127.0.0.1:{port}/"));

        var response = await target.NewClient(new ExchangeLog()).SendAsync(Request());

        response.Outcome.Should().Be(TransportOutcome.ConnectFailed);
        response.Status.Should().BeNull();
        response.Summary.Should().StartWith($"could not connect to 127.0.0.1:{port} (").And.Contain("refused");
    }

    [Test]
    public async Task An_untrusted_certificate_is_tls_failed()
    {
        await using var server = SocketServer.Start(c => c.ReadRequestAsync());
        await using var target = await TestTarget.ResolveAsync(server.BaseUri, s => s with { CaCertificateFile = null });

        var response = await target.NewClient(new ExchangeLog()).SendAsync(Request());

        response.Outcome.Should().Be(TransportOutcome.TlsFailed);
        response.Status.Should().BeNull();
        response.Summary.Should().StartWith("TLS handshake failed (").And.Contain("AuthenticationException");
    }

    [Test]
    public async Task Plain_http_on_the_https_port_is_tls_failed()
    {
        await using var server = SocketServer.Start(c => c.SendAsync(TestTarget.Answer(200, "{}")), tls: false);

        var response = await SendAsync(server);

        response.Outcome.Should().Be(TransportOutcome.TlsFailed);
    }

    [Test]
    public async Task A_reset_before_any_answer_is_reset_before_answer()
    {
        await using var server = SocketServer.Start(async c =>
        {
            await c.ReadRequestAsync();
            c.Reset();
        });

        var response = await SendAsync(server);

        response.Outcome.Should().Be(TransportOutcome.ResetBeforeAnswer);
        response.Status.Should().BeNull();
        response.Summary.Should().StartWith("connection reset before any answer (");
    }

    [Test]
    public async Task A_close_before_any_answer_is_closed_before_answer()
    {
        await using var server = SocketServer.Start(async c =>
        {
            await c.ReadRequestAsync();
            c.Close();
        });

        var response = await SendAsync(server);

        response.Outcome.Should().Be(TransportOutcome.ClosedBeforeAnswer);
        response.Status.Should().BeNull();
        response.Summary.Should().StartWith("connection closed before any answer");
    }

    [Test]
    public async Task A_close_during_the_tls_handshake_is_closed_before_answer()
    {
        await using var server = SocketServer.Start(c =>
        {
            c.Close();
            return Task.CompletedTask;
        }, tls: false);

        var response = await SendAsync(server);

        // The client hello may reach a socket already closed, which answers with a reset: either way, no answer.
        response.Outcome.Should().BeOneOf(TransportOutcome.ClosedBeforeAnswer, TransportOutcome.ResetBeforeAnswer);
        response.Status.Should().BeNull();
    }

    [Test]
    public async Task Bytes_that_are_not_http_are_not_http()
    {
        await using var server = SocketServer.Start(async c =>
        {
            await c.ReadRequestAsync();
            await c.SendAsync("SSH-2.0-OpenSSH_9.2\r\n\r\n");
            c.Close();
        });

        var response = await SendAsync(server);

        response.Outcome.Should().Be(TransportOutcome.NotHttp);
        response.Status.Should().BeNull();
        response.Summary.Should().StartWith("the answer is not HTTP");
    }

    [Test]
    public async Task A_gateway_that_never_answers_times_out_waiting_for_headers()
    {
        await using var server = SocketServer.Start(async c =>
        {
            await c.ReadRequestAsync();
            await c.StallAsync();
        });

        var response = await SendAsync(server, budget: TimeSpan.FromMilliseconds(500));

        response.Outcome.Should().Be(TransportOutcome.HeadersTimedOut);
        response.TimedOut.Should().BeTrue();
        response.Status.Should().BeNull();
        response.Summary.Should().Be("no answer within 0.5 s (headers)");
        response.Exchange.LatencyMilliseconds.Should().BeInRange(450, 3000);
    }

    [Test]
    public async Task A_body_dripping_a_byte_at_a_time_times_out_reading_the_body_and_keeps_the_status()
    {
        await using var server = SocketServer.Start(async c =>
        {
            await c.ReadRequestAsync();
            await c.SendAsync("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n");
            while (true)
            {
                await c.SendAsync("{");
                await Task.Delay(150, c.Stopping);
            }
        });

        var response = await SendAsync(server, budget: TimeSpan.FromSeconds(2));

        response.Outcome.Should().Be(TransportOutcome.BodyTimedOut);
        response.TimedOut.Should().BeTrue();
        response.Status.Should().Be(200);
        response.Json.Should().BeNull();
        response.Summary.Should().MatchRegex(@"^HTTP 200, then no complete answer within 2 s \(body: \d+ bytes read\)$");
    }

    [Test]
    public async Task A_body_cut_off_by_the_close_is_closed_while_answering_and_not_parsed()
    {
        await using var server = SocketServer.Start(async c =>
        {
            await c.ReadRequestAsync();
            await c.SendAsync("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"retcode\":\"0\"}");
            c.Close();
        });

        var response = await SendAsync(server);

        response.Outcome.Should().Be(TransportOutcome.ClosedWhileAnswering);
        response.Status.Should().Be(200);
        response.Body.Should().Be("{\"retcode\":\"0\"}", "what arrived is kept as evidence");
        response.Json.Should().BeNull("a body cut short is not the gateway's answer");
        response.ReportsSuccess.Should().BeFalse();
        response.Summary.Should().StartWith("HTTP 200, then connection closed in the middle of the answer after 15 body bytes");
    }

    [Test]
    public async Task Headers_over_64_KiB_are_too_large_and_have_no_status()
    {
        await using var server = SocketServer.Start(async c =>
        {
            await c.ReadRequestAsync();
            await c.SendAsync($"HTTP/1.1 200 OK\r\nX-Padding: {new string('a', 70 * 1024)}\r\nContent-Length: 0\r\n\r\n");
        });

        var response = await SendAsync(server);

        response.Outcome.Should().Be(TransportOutcome.TooLarge);
        response.Status.Should().BeNull();
        response.Summary.Should().StartWith("answer headers over the 64 KiB cap");
    }

    [Test]
    public async Task A_body_over_the_cap_is_too_large_and_its_json_is_never_parsed()
    {
        // The first 1024 bytes are a complete success: only the cap may decide, not what the bytes happen to hold.
        var body = """{"message":"","retcode":"0"}""" + new string(' ', 4000);
        await using var server = SocketServer.Start(async c =>
        {
            await c.ReadRequestAsync();
            await c.SendAsync(TestTarget.Answer(200, body));
        });

        var response = await SendAsync(server, maxResponse: 1024);

        response.Outcome.Should().Be(TransportOutcome.TooLarge);
        response.Status.Should().Be(200);
        response.Body.Should().HaveLength(1024).And.StartWith("""{"message":"","retcode":"0"}""");
        response.Json.Should().BeNull();
        response.ReportsSuccess.Should().BeFalse();
        response.IsDocumentedSuccess.Should().BeFalse();
        response.Summary.Should().Be("HTTP 200, then answer over the 1 KiB cap: read 1024 bytes, stopped");
    }

    [Test]
    public async Task Invalid_utf8_becomes_replacement_characters_and_nul_is_kept()
    {
        await using var server = SocketServer.Start(async c =>
        {
            await c.ReadRequestAsync();
            await c.SendAsync("HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\n");
            await c.SendAsync([0xEF, 0xBB, 0xBF, (byte)'a', 0xFF, 0x00]);
        });

        var response = await SendAsync(server);

        response.Outcome.Should().Be(TransportOutcome.Answered);
        response.Body.Should().Be("a\uFFFD\0", "the byte order mark goes, an invalid byte becomes U+FFFD, NUL stays");
    }
}
