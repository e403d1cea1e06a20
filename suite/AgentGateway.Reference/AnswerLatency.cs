using System.Globalization;

namespace AgentGateway.Reference;

/// <summary>
/// How long the gateway waits before each answer, as a gateway across a network and a load balancer answers: a fixed
/// time (<c>100ms</c>) or a time drawn evenly from a range for each answer (<c>50ms-300ms</c>). None by default.
/// </summary>
public sealed record AnswerLatency(TimeSpan Min, TimeSpan Max)
{
    /// <summary>Answers as soon as they are ready.</summary>
    public static readonly AnswerLatency None = new(TimeSpan.Zero, TimeSpan.Zero);

    /// <summary>The written forms, as messages and help texts name them.</summary>
    public const string Forms = "a duration (100ms) or a range MIN-MAX (50ms-300ms)";

    /// <summary>Whether any answer waits at all.</summary>
    public bool Any => Max > TimeSpan.Zero;

    /// <summary>
    /// The latency <paramref name="text"/> stands for; throws <see cref="FormatException"/> with a message naming the text
    /// for one that is neither a duration nor a range of two, or whose end comes before its start.
    /// </summary>
    public static AnswerLatency Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length is not (1 or 2))
        {
            throw new FormatException($"'{text}' is not a latency; write {Forms}.");
        }

        var min = Durations.Parse(parts[0]);
        var max = parts.Length == 1 ? min : Durations.Parse(parts[1]);
        return max >= min ? new AnswerLatency(min, max) : throw new FormatException($"'{text}' ends before it starts; write MIN-MAX.");
    }

    /// <summary>The wait of one answer, drawn with <paramref name="random"/> when the latency is a range.</summary>
    public TimeSpan Draw(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return Min == Max ? Min : Min + ((Max - Min) * random.NextDouble());
    }

    /// <summary>The latency as it is written: <c>100ms</c>, <c>50ms-300ms</c>.</summary>
    public override string ToString() => Min == Max ? Written(Min) : $"{Written(Min)}-{Written(Max)}";

    private static string Written(TimeSpan time) => time.TotalMilliseconds.ToString("0.###", CultureInfo.InvariantCulture) + "ms";
}
