namespace AgentGateway.Reference.Tests;

public class ReferenceGatewayOptionsTests
{
    [TestCase(1_000, 2_000, TestName = "A_one_second_interval_with_a_two_second_timeout_is_accepted")]
    [TestCase(60_000, 120_000, TestName = "The_documented_60_s_interval_and_120_s_timeout_are_accepted")]
    [TestCase(100, 101, TestName = "An_interval_just_below_the_timeout_is_accepted")]
    public void Guid_timing_with_the_interval_below_the_timeout_is_accepted(int intervalMs, int timeoutMs)
    {
        var options = new ReferenceGatewayOptions
        {
            GuidInterval = TimeSpan.FromMilliseconds(intervalMs),
            GuidTimeout = TimeSpan.FromMilliseconds(timeoutMs),
        };

        var create = () => new GatewaySettings(options);

        create.Should().NotThrow();
    }

    [TestCase(2_000, 2_000, "GuidInterval must be shorter than GuidTimeout.")]
    [TestCase(3_000, 2_000, "GuidInterval must be shorter than GuidTimeout.")]
    [TestCase(0, 2_000, "GuidInterval must be positive.")]
    public async Task Guid_timing_that_cannot_work_is_refused_at_start(int intervalMs, int timeoutMs, string message)
    {
        var options = new ReferenceGatewayOptions
        {
            GuidInterval = TimeSpan.FromMilliseconds(intervalMs),
            GuidTimeout = TimeSpan.FromMilliseconds(timeoutMs),
        };

        var start = () => ReferenceGateway.StartAsync(options);

        await start.Should().ThrowAsync<ArgumentException>().WithMessage(message);
    }

    [Test]
    public void A_long_poll_longer_than_a_timer_can_wait_is_refused_at_start()
    {
        var create = () => new GatewaySettings(new ReferenceGatewayOptions { LongPollWait = TimeSpan.FromDays(60) });

        create.Should().Throw<ArgumentException>().WithMessage("LongPollWait must be at most 30 days.");
    }

    [Test]
    public void A_Guid_timeout_over_30_days_is_refused_and_one_of_30_days_accepted()
    {
        var tooLong = () => new GatewaySettings(new ReferenceGatewayOptions { GuidTimeout = TimeSpan.FromDays(31) });
        var longest = () => new GatewaySettings(new ReferenceGatewayOptions { GuidTimeout = TimeSpan.FromDays(30) });

        tooLong.Should().Throw<ArgumentException>().WithMessage("GuidTimeout must be at most 30 days.");
        longest.Should().NotThrow();
    }

    [Test]
    public async Task The_hostile_mode_redirect_without_a_url_to_point_at_is_refused_at_start()
    {
        var start = () => ReferenceGateway.StartAsync(new ReferenceGatewayOptions { Hostile = GatewayHostility.Redirect });

        await start.Should().ThrowAsync<ArgumentException>().WithMessage("The hostile mode redirect needs RedirectTo*");
    }

    [TestCase(-1, 2_000, "EventDelay must be between 0 and 30 days.")]
    [TestCase(300, 0, "DripInterval must be positive and at most 30 days.")]
    public void Variation_and_hostile_timing_that_cannot_work_is_refused(int eventDelayMs, int dripIntervalMs, string message)
    {
        var create = () => new GatewaySettings(new ReferenceGatewayOptions
        {
            EventDelay = TimeSpan.FromMilliseconds(eventDelayMs),
            DripInterval = TimeSpan.FromMilliseconds(dripIntervalMs),
        });

        create.Should().Throw<ArgumentException>().WithMessage(message);
    }

    [TestCase("555a", TestName = "A_far_end_number_with_a_letter_is_refused_at_start")]
    [TestCase("", TestName = "An_empty_far_end_number_is_refused_at_start")]
    [TestCase("1234567890123456789012345", TestName = "A_far_end_number_of_25_digits_is_refused_at_start")]
    public void A_far_end_number_that_no_call_can_dial_is_refused_at_start(string number)
    {
        var options = new ReferenceGatewayOptions();
        options.FarEnds[number] = FarEndBehaviour.Answer;

        var create = () => new GatewaySettings(options);

        create.Should().Throw<ArgumentException>().WithMessage($"Far-end number '{number}' must be 1 to 24 of digits, * and #.");
    }

    [Test]
    public void A_ring_timeout_of_zero_is_refused_and_a_wrap_up_of_zero_is_accepted()
    {
        var ringing = () => new GatewaySettings(new ReferenceGatewayOptions { RingTimeout = TimeSpan.Zero });
        var wrapUp = () => new GatewaySettings(new ReferenceGatewayOptions { WrapUpDuration = TimeSpan.Zero });

        ringing.Should().Throw<ArgumentException>().WithMessage("RingTimeout must be positive and at most 30 days.");
        wrapUp.Should().NotThrow();
    }

    [Test]
    public void Every_gateway_starts_with_its_own_copy_of_the_built_in_far_ends()
    {
        var changed = new ReferenceGatewayOptions();
        changed.FarEnds["88001"] = FarEndBehaviour.Busy;

        new ReferenceGatewayOptions().FarEnds["88001"].Should().Be(FarEndBehaviour.Answer);
        FarEndNumbers.Defaults["88001"].Should().Be(FarEndBehaviour.Answer);
    }
}
