using System.Globalization;

namespace AgentGateway.Reference;

/// <summary>
/// Reads the durations of the gateway's command line and of the suite's options, variables and configuration file:
/// <c>500ms</c>, <c>10s</c>, <c>2m</c>, <c>1h</c> or a plain number of seconds, fractions allowed (<c>1.5s</c>).
/// </summary>
public static class Durations
{
    /// <summary>The written forms, as messages and help texts name them.</summary>
    public const string Forms = "500ms, 10s, 2m, 1h or plain seconds";

    /// <summary>Units by suffix, longest suffix first so that <c>ms</c> is not read as minutes.</summary>
    private static readonly (string Suffix, long Ticks)[] Units =
    [
        ("ms", TimeSpan.TicksPerMillisecond),
        ("s", TimeSpan.TicksPerSecond),
        ("m", TimeSpan.TicksPerMinute),
        ("h", TimeSpan.TicksPerHour),
    ];

    /// <summary>
    /// The duration <paramref name="text"/> stands for. Throws <see cref="FormatException"/> with a message naming the text
    /// for one that is not a duration, is negative, or is longer than a <see cref="TimeSpan"/> holds; each caller puts
    /// the name of its option or variable before it.
    /// </summary>
    public static TimeSpan Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = text.Trim();
        var unit = Array.FindIndex(Units, u => value.EndsWith(u.Suffix, StringComparison.OrdinalIgnoreCase));
        var (number, ticksPerUnit) = unit < 0
            ? (value, TimeSpan.TicksPerSecond)
            : (value[..^Units[unit].Suffix.Length], Units[unit].Ticks);

        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) || double.IsNaN(amount))
        {
            throw new FormatException($"'{text}' is not a duration; write {Forms}.");
        }

        if (amount < 0)
        {
            throw new FormatException($"'{text}' is negative; a duration is 0 or more.");
        }

        var ticks = amount * ticksPerUnit;
        if (ticks >= TimeSpan.MaxValue.Ticks)
        {
            var days = TimeSpan.MaxValue.Days.ToString(CultureInfo.InvariantCulture);
            throw new FormatException($"'{text}' is too long for a duration: the longest is {days} days.");
        }

        return TimeSpan.FromTicks((long)Math.Round(ticks));
    }
}
