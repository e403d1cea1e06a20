namespace AgentGateway.Reference;

/// <summary>
/// Reads lists of catalogue names (faults, variations) as both command lines and the suite's settings take them: an
/// option names one or more, as separate words, comma lists or both, and may be given again to add more.
/// </summary>
public static class NameLists
{
    /// <summary>
    /// The words after the list option at <paramref name="option"/> in <paramref name="args"/>, up to the next option
    /// (a word starting with <c>-</c>, which no name does).
    /// </summary>
    public static IReadOnlyList<string> WordsAfter(IReadOnlyList<string> args, int option)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args.Skip(option + 1).TakeWhile(word => !word.StartsWith('-')).ToList();
    }

    /// <summary>
    /// Every name in <paramref name="namesOrLists"/>, commas splitting a word into several and empty entries skipped,
    /// each read by <paramref name="parse"/> (which throws <see cref="ArgumentException"/> for an unknown one); each
    /// value once, in order of first mention.
    /// </summary>
    public static IReadOnlyList<T> Parse<T>(IEnumerable<string> namesOrLists, Func<string, T> parse) =>
        namesOrLists
            .SelectMany(word => word.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(parse)
            .Distinct()
            .ToList();
}
