using AgentGateway.Reference.Cli;
using AgentGateway.Reference.Tests.Support;

namespace AgentGateway.Reference.Tests.Http;

/// <summary>
/// The gateway's latency (<see cref="ReferenceGatewayOptions.Latency"/>), on its fake clock: a fixed latency holds every
/// answer exactly that long, a range holds each answer a time drawn from it, and none answers at once.
/// </summary>
public class LatencyTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    [Test]
    public async Task A_fixed_latency_holds_each_answer_exactly_that_long()
    {
        using var gateway = InMemoryGateway.Create(o => o.Latency = AnswerLatency.Parse("100ms"));

        var signIn = gateway.SignInRawAsync("41001");
        await Settled();
        signIn.IsCompleted.Should().BeFalse();
        gateway.Time.Advance(TimeSpan.FromMilliseconds(99));
        await Settled();
        signIn.IsCompleted.Should().BeFalse();
        gateway.Time.Advance(TimeSpan.FromMilliseconds(1));

        var reply = await signIn.WaitAsync(Budget);
        reply.Status.Should().Be(200);
        reply.Retcode.Should().Be("0");
    }

    [Test]
    public async Task A_range_holds_each_answer_no_less_than_its_start_and_no_longer_than_its_end()
    {
        using var gateway = InMemoryGateway.Create(o => o.Latency = AnswerLatency.Parse("50ms-300ms"));

        for (var i = 0; i < 5; i++)
        {
            var answer = gateway.SignInRawAsync($"4100{i + 1}");
            gateway.Time.Advance(TimeSpan.FromMilliseconds(49));
            await Settled();
            answer.IsCompleted.Should().BeFalse($"answer {i} waits at least 50 ms");
            gateway.Time.Advance(TimeSpan.FromMilliseconds(251));

            (await answer.WaitAsync(Budget)).Retcode.Should().Be("0");
        }
    }

    [Test]
    public void Each_answer_of_a_range_draws_its_own_wait_within_it()
    {
        var latency = AnswerLatency.Parse("50ms-300ms");
        var random = new Random(7);

        var waits = Enumerable.Range(0, 200).Select(_ => latency.Draw(random).TotalMilliseconds).ToList();

        waits.Should().OnlyContain(w => w >= 50 && w <= 300);
        waits.Should().Contain(w => w < 100).And.Contain(w => w > 250, "the draws spread over the whole range");
        AnswerLatency.Parse("100ms").Draw(random).Should().Be(TimeSpan.FromMilliseconds(100));
    }

    [Test]
    public async Task Without_a_latency_answers_come_at_once()
    {
        using var gateway = InMemoryGateway.Create();

        var signIn = gateway.SignInRawAsync("41001");

        signIn.IsCompleted.Should().BeTrue();
        (await signIn).Status.Should().Be(200);
    }

    [TestCase("100ms", 100, 100, "100ms")]
    [TestCase("0.25s", 250, 250, "250ms")]
    [TestCase("50ms-300ms", 50, 300, "50ms-300ms")]
    [TestCase(" 1s - 2s ", 1000, 2000, "1000ms-2000ms")]
    [TestCase("0", 0, 0, "0ms")]
    public void A_latency_is_a_duration_or_a_range(string text, int min, int max, string written)
    {
        var latency = AnswerLatency.Parse(text);

        (latency.Min.TotalMilliseconds, latency.Max.TotalMilliseconds).Should().Be((min, max));
        latency.ToString().Should().Be(written);
        AnswerLatency.Parse(latency.ToString()).Should().Be(latency);
    }

    [TestCase("300ms-50ms", "*ends before it starts*")]
    [TestCase("1s-2s-3s", "*is not a latency*")]
    [TestCase("fast", "*is not a duration*")]
    [TestCase("-5ms", "*is not a duration*")]
    public void Anything_else_is_refused_with_what_to_write(string text, string message) =>
        FluentActions.Invoking(() => AnswerLatency.Parse(text)).Should().Throw<FormatException>().WithMessage(message);

    [Test]
    public void The_standalone_gateway_takes_its_latency_as_an_option()
    {
        StandaloneCommandLine.Parse(["--latency", "50ms-300ms"]).Gateway.Latency.Should().Be(new AnswerLatency(
            TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(300)));
        FluentActions.Invoking(() => StandaloneCommandLine.Parse(["--latency=9-1"])).Should().Throw<CommandLineException>()
            .WithMessage("--latency: '9-1' ends before it starts*");
    }

    [Test]
    public void A_latency_past_what_a_timer_can_wait_is_refused_at_start()
    {
        var create = () => new GatewaySettings(new ReferenceGatewayOptions { Latency = new AnswerLatency(TimeSpan.Zero, TimeSpan.FromDays(60)) });

        create.Should().Throw<ArgumentException>().WithMessage("Latency must run from 0 or more*");
    }

    // Time for an answer whose wait has passed to be written, so that one still pending is really held.
    private static Task Settled() => Task.Delay(20);
}
