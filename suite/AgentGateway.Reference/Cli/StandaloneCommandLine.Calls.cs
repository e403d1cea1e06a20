namespace AgentGateway.Reference.Cli;

/// <summary>The options of the simulated calls.</summary>
internal static partial class StandaloneCommandLine
{
    /// <summary>--far-end NUMBER=answer|ring|busy,...: adds far-end numbers to the built-in ones, or changes what they do.</summary>
    private static void ApplyFarEnds(ReferenceGatewayOptions gateway, string text)
    {
        foreach (var entry in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = entry.IndexOf('=', StringComparison.Ordinal);
            var number = equals < 0 ? "" : entry[..equals].Trim();
            if (!FarEndNumbers.IsDialable(number))
            {
                throw new CommandLineException("--far-end takes NUMBER=answer|ring|busy pairs separated by commas, "
                    + $"each number 1 to 24 of digits, * and #; not '{entry}'.");
            }

            try
            {
                gateway.FarEnds[number] = FarEndNumbers.Parse(entry[(equals + 1)..]);
            }
            catch (ArgumentException unknown)
            {
                throw new CommandLineException("--far-end: " + unknown.Message);
            }
        }
    }
}
