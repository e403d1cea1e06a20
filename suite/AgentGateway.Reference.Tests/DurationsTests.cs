namespace AgentGateway.Reference.Tests;

public class DurationsTests
{
    [TestCase("500ms", 500)]
    [TestCase("250MS", 250)]
    [TestCase("10s", 10_000)]
    [TestCase("1.5s", 1_500)]
    [TestCase(" 2m ", 120_000)]
    [TestCase("1h", 3_600_000)]
    [TestCase("7", 7_000)]
    [TestCase("0.25", 250)]
    [TestCase("0s", 0)]
    public void A_duration_is_read_in_milliseconds_seconds_minutes_hours_or_plain_seconds(string text, int milliseconds) =>
        Durations.Parse(text).Should().Be(TimeSpan.FromMilliseconds(milliseconds));

    [TestCase("soon", "'soon' is not a duration; write 500ms, 10s, 2m, 1h or plain seconds.")]
    [TestCase("", "'' is not a duration; write 500ms, 10s, 2m, 1h or plain seconds.")]
    [TestCase("10d", "'10d' is not a duration; write 500ms, 10s, 2m, 1h or plain seconds.")]
    [TestCase("NaN", "'NaN' is not a duration; write 500ms, 10s, 2m, 1h or plain seconds.")]
    [TestCase("NaNs", "'NaNs' is not a duration; write 500ms, 10s, 2m, 1h or plain seconds.")]
    [TestCase("-1s", "'-1s' is negative; a duration is 0 or more.")]
    [TestCase("-5", "'-5' is negative; a duration is 0 or more.")]
    [TestCase("99999999999h", "'99999999999h' is too long for a duration: the longest is 10675199 days.")]
    [TestCase("Infinity", "'Infinity' is too long for a duration: the longest is 10675199 days.")]
    [TestCase("1e300ms", "'1e300ms' is too long for a duration: the longest is 10675199 days.")]
    public void A_text_that_is_no_duration_is_refused_with_a_message_naming_it(string text, string message)
    {
        var parse = () => Durations.Parse(text);

        parse.Should().Throw<FormatException>().Which.Message.Should().Be(message);
    }

    [Test]
    public void The_longest_duration_a_TimeSpan_holds_is_read()
    {
        var days = TimeSpan.MaxValue.Days;

        Durations.Parse($"{days * 24}h").Should().Be(TimeSpan.FromHours(days * 24));
    }
}
