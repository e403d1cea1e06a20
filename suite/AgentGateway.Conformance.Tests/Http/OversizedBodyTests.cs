using AgentGateway.Conformance.Http;
using AgentGateway.Conformance.Tests.Support;
using AgentGateway.Reference;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Http;

/// <summary>
/// A request whose body a gateway need not read (the 1 MiB sync) is sent while its answer is read: an answer the
/// gateway sends before reading the body, or instead of reading it, is recorded with its status; an upload cut off
/// with no answer is told apart from a complete upload left unanswered.
/// </summary>
[TestFixture]
public sealed class OversizedBodyTests
{
    private const int OneMiB = 1 << 20;

    // Larger than the socket buffers on both ends of a loopback connection: its upload cannot complete unread.
    private const int SixteenMiB = 16 << 20;

    private static GatewayRequest OversizedSync(int size = OneMiB) =>
        TestTarget.Sync($"a sync with a {size >> 20} MiB body") with { Body = new string('x', size), OversizedBody = true };

    private static async Task<(GatewayResponse Response, Exchange Recorded)> SendAsync(Uri baseUri, GatewayRequest request)
    {
        await using var target = await TestTarget.ResolveAsync(baseUri, s => s with { RequestTimeout = TimeSpan.FromSeconds(5) });
        var log = new ExchangeLog();
        var response = await target.NewClient(log).SendAsync(request);
        return (response, log.Exchanges.Single());
    }

    [TestCase(OneMiB)]
    [TestCase(SixteenMiB)]
    public async Task An_answer_sent_before_the_body_was_read_is_recorded_with_its_status(int size)
    {
        await using var server = SocketServer.Start(async c =>
        {
            await c.ReadHeadAsync();
            await c.SendAsync(TestTarget.Answer(200, """{"message":"body ignored","retcode":"0"}""", "Connection: close\r\n"));
            c.Close();
        });

        var (response, recorded) = await SendAsync(server.BaseUri, OversizedSync(size));

        response.Outcome.Should().Be(TransportOutcome.Answered, response.Summary);
        response.Status.Should().Be(200);
        response.Message.Should().Be("body ignored");
        recorded.OversizedBody.Should().BeTrue();
        recorded.RequestHeaders.Should().Contain(new HeaderLine("Content-Length", $"{size}"));
        if (size == SixteenMiB)
        {
            recorded.RequestCutOff.Should().BeTrue("the gateway answered before taking the body");
        }
    }

    [Test]
    public async Task Without_the_mark_the_pool_loses_an_early_answer_to_a_large_upload()
    {
        await using var server = SocketServer.Start(async c =>
        {
            await c.ReadHeadAsync();
            await c.SendAsync(TestTarget.Answer(200, """{"message":"body ignored","retcode":"0"}""", "Connection: close\r\n"));
            c.Close();
        });

        var (response, _) = await SendAsync(server.BaseUri, OversizedSync(SixteenMiB) with { OversizedBody = false });

        // The pool writes the whole body before it reads: the answer is lost, which is why large bodies are marked.
        response.Outcome.Should().Be(TransportOutcome.ClosedWhileSending, response.Summary);
        response.Status.Should().BeNull();
    }

    [Test]
    public async Task A_close_without_an_answer_is_no_answer()
    {
        await using var server = SocketServer.Start(async c =>
        {
            await c.ReadHeadAsync();
            c.Close();
        });

        var (response, _) = await SendAsync(server.BaseUri, OversizedSync());

        // A 1 MiB body may fit in the socket buffers before the close arrives as a reset: both are an upload without answer.
        response.Outcome.Should().BeOneOf(TransportOutcome.ClosedWhileSending, TransportOutcome.ResetBeforeAnswer);
        response.Status.Should().BeNull();
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task An_upload_cut_off_without_an_answer_is_closed_while_sending(bool reset)
    {
        await using var server = SocketServer.Start(async c =>
        {
            await c.ReadHeadAsync();
            if (reset)
            {
                c.Reset();
            }
            else
            {
                c.Close();
            }
        });

        var (response, recorded) = await SendAsync(server.BaseUri, OversizedSync(SixteenMiB));

        response.Outcome.Should().Be(TransportOutcome.ClosedWhileSending, response.Summary);
        response.Status.Should().BeNull();
        response.Summary.Should().StartWith("connection closed while the request body was sent, no answer (");
        recorded.RequestCutOff.Should().BeTrue();
        recorded.Headline.Should().Be("no answer: connection closed while the request was sent");
    }

    [Test]
    public async Task A_body_read_whole_and_left_unanswered_is_closed_before_answer()
    {
        await using var server = SocketServer.Start(async c =>
        {
            await c.ReadRequestAsync();
            c.Close();
        });

        var (response, recorded) = await SendAsync(server.BaseUri, OversizedSync());

        response.Outcome.Should().Be(TransportOutcome.ClosedBeforeAnswer, response.Summary);
        recorded.RequestCutOff.Should().BeFalse();
    }

    [Test]
    public async Task A_body_read_whole_and_answered_chunked_is_answered()
    {
        var received = 0L;
        await using var server = SocketServer.Start(async c =>
        {
            (_, received) = await c.ReadRequestAsync();
            await c.SendAsync("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5\r\n{\"ret\r\na;ext=1\r\ncode\":\"0\"}\r\n0\r\nX-Trailer: 1\r\n\r\n");
        });

        var (response, recorded) = await SendAsync(server.BaseUri, OversizedSync());

        response.Outcome.Should().Be(TransportOutcome.Answered, response.Summary);
        response.Retcode.Should().Be("0");
        received.Should().Be(1 << 20);
        recorded.RequestCutOff.Should().BeFalse();
    }

    [Test]
    public async Task Its_answer_is_read_under_the_same_cap()
    {
        await using var server = SocketServer.Start(async c =>
        {
            await c.ReadRequestAsync();
            await c.SendAsync(TestTarget.Answer(413, new string('y', (1 << 20) + 1)));
        });

        var (response, _) = await SendAsync(server.BaseUri, OversizedSync());

        response.Outcome.Should().Be(TransportOutcome.TooLarge);
        response.Status.Should().Be(413);
        response.Summary.Should().Be("HTTP 413, then answer over the 1 MiB cap: read 1048576 bytes, stopped");
    }

    [Test]
    public async Task The_reference_gateway_answers_it_with_a_status()
    {
        await using var gateway = await ReferenceGateway.StartAsync(new ReferenceGatewayOptions());
        await using var target = await global::AgentGateway.Conformance.Target.GatewayTarget.ResolveAsync(
            new global::AgentGateway.Conformance.Configuration.SuiteSettings { Target = gateway.BaseUri, Insecure = true }, TimeProvider.System);

        var response = await target.NewClient(new ExchangeLog()).SendAsync(OversizedSync());

        response.Status.Should().BeInRange(200, 499, response.Summary);
    }
}
