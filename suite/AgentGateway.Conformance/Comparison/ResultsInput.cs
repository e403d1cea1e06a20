using System.Text;
using System.Text.Json;
using AgentGateway.Conformance.Results;

namespace AgentGateway.Conformance.Comparison;

/// <summary>A results.json the comparison cannot use, with a message that says which file and why.</summary>
public sealed class ComparisonInputException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Reads one side of a comparison: a <c>results.json</c>, or a reports folder holding one, from any earlier run and so
/// from anywhere. It is untrusted data: its size is capped before it is read, it is parsed with a depth cap and
/// nullable annotations enforced, and what it holds is only ever read, never run or followed.
/// </summary>
public static class ResultsInput
{
    /// <summary>The largest results.json read by default: far above a whole run with every exchange recorded.</summary>
    public const long DefaultMaxBytes = 256L * 1024 * 1024;

    private static readonly JsonSerializerOptions Parsing = new(ResultsJsonWriter.Options)
    {
        MaxDepth = 32,
        RespectNullableAnnotations = true,
    };

    /// <summary>The run at <paramref name="path"/>: the file itself, or <c>results.json</c> in the folder it names.</summary>
    public static RunResult Read(string path, long maxBytes = DefaultMaxBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = Directory.Exists(path) ? Path.Combine(path, ResultsJsonWriter.FileName) : path;
        if (!File.Exists(file))
        {
            throw new ComparisonInputException(Directory.Exists(path)
                ? $"{path}: the folder holds no {ResultsJsonWriter.FileName}."
                : $"{path}: no such file or folder.");
        }

        return Parse(ReadCapped(file, maxBytes), file);
    }

    /// <summary>The run that <paramref name="json"/> holds; <paramref name="source"/> names it in messages.</summary>
    public static RunResult Parse(string json, string source)
    {
        RunResult? run;
        try
        {
            run = JsonSerializer.Deserialize<RunResult>(json, Parsing);
        }
        catch (JsonException e)
        {
            throw new ComparisonInputException($"{source}: not a results.json of this suite ({Where(e)}{e.Message.Split(" Path:")[0]})", e);
        }

        if (run is null)
        {
            throw new ComparisonInputException($"{source}: not a results.json of this suite (it holds null).");
        }

        try
        {
            Validate(run);
        }
        catch (InvalidOperationException e)
        {
            throw new ComparisonInputException($"{source}: not a results.json of this suite ({e.Message})", e);
        }

        return run;
    }

    /// <summary>Reads at most <paramref name="maxBytes"/> and one byte more, whatever the file claims to be (a pipe, a device).</summary>
    private static string ReadCapped(string file, long maxBytes)
    {
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            if (stream.CanSeek && stream.Length > maxBytes)
            {
                throw TooLarge(file, maxBytes);
            }

            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    throw TooLarge(file, maxBytes);
                }

                buffer.Write(chunk, 0, read);
            }

            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (DecoderFallbackException e)
        {
            throw new ComparisonInputException($"{file}: not a results.json of this suite (it is not UTF-8 text).", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ComparisonInputException($"{file}: cannot be read ({e.Message}).", e);
        }
    }

    private static ComparisonInputException TooLarge(string file, long maxBytes) =>
        new($"{file}: larger than {maxBytes} bytes, the most a results.json may be (--max-input).");

    private static string Where(JsonException e) => e.LineNumber is { } line ? $"line {line + 1}: " : "";

    /// <summary>What the comparison relies on and the serializer does not enforce: no null in a list, a summary.</summary>
    private static void Validate(RunResult run)
    {
        _ = run.Summary;
        Require(run.Checks.All(c => c is not null), "a check is null");
        foreach (var check in run.Checks)
        {
            Require(check.RequirementIds.All(r => r is not null), $"check {check.Name} names a null requirement");
            Require(check.Exchanges.All(e => e is not null), $"check {check.Name} has a null exchange");
            Require(check.Agents.All(a => a is not null), $"check {check.Name} names a null agent");
            Require(Enum.IsDefined(check.Status), $"check {check.Name} has an unknown status");
        }

        Require(run.OnlyAreas.All(a => a is not null) && run.Included.All(i => i is not null), "a list of areas or groups holds null");
        if (run.Rounds is { } rounds)
        {
            Require(rounds.Rounds.All(r => r is not null) && rounds.Flaky.All(f => f is not null), "a list of rounds holds null");
            Require(rounds.Flaky.All(f => f.Statuses.Count > 0 && f.Statuses.All(Enum.IsDefined)), "a flaky check has no status or an unknown one");
        }
    }

    private static void Require(bool condition, string problem)
    {
        if (!condition)
        {
            throw new InvalidOperationException(problem);
        }
    }
}
