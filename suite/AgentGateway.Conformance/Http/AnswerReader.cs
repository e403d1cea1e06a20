using System.Globalization;
using System.Text;

namespace AgentGateway.Conformance.Http;

/// <summary>
/// Reads one HTTP/1.1 answer from a connection byte by byte as it arrives, under the suite's caps: the head up to
/// <see cref="GatewayChannel.MaxResponseHeaderBytes"/>, the body (by Content-Length, chunked, or up to the close) into
/// a <see cref="BoundedBody"/>. Transport errors and cancellation pass through; <see cref="HeadComplete"/> and
/// <see cref="ReceivedAny"/> tell the caller how far it got.
/// </summary>
internal sealed partial class AnswerReader
{
    private readonly Stream _stream;
    private readonly bool _headRequest;
    private readonly byte[] _buffer = new byte[GatewayChannel.MaxResponseHeaderBytes + (16 * 1024)];
    private int _start;
    private int _end;

    public AnswerReader(Stream stream, bool headRequest, long maxBodyBytes)
    {
        _stream = stream;
        _headRequest = headRequest;
        Body = new BoundedBody(maxBodyBytes);
    }

    public bool ReceivedAny { get; private set; }
    public bool HeadComplete => Status is not null;
    public int? Status { get; private set; }
    public IReadOnlyList<HeaderLine> Headers { get; private set; } = [];
    public BoundedBody Body { get; }

    /// <summary>The answer as far as it came: complete, over a cap, not HTTP, or closed early.</summary>
    public async Task<TransportResult> ReadAsync(CancellationToken cancellationToken)
    {
        int status;
        List<HeaderLine> headers;
        do
        {
            var head = await ReadHeadAsync(cancellationToken);
            if (head.Failure is { } failure)
            {
                return failure;
            }

            (status, headers) = (head.Status, head.Headers);
        }
        while (status is >= 100 and < 200 and not 101);

        Status = status;
        Headers = headers;
        var ended = await ReadBodyAsync(status, headers, cancellationToken);
        return new TransportResult
        {
            Outcome = Body.Exceeded ? TransportOutcome.TooLarge : ended?.Outcome ?? TransportOutcome.Answered,
            Status = status,
            Headers = headers,
            Body = Body.Text(),
            Error = Body.Exceeded ? TransportErrors.TooLarge(Body.Cap) : ended?.Error,
        };
    }

    private async Task<(int Status, List<HeaderLine> Headers, TransportResult? Failure)> ReadHeadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var available = _end - _start;
            if (!StartsLikeHttp())
            {
                return (0, [], NotHttp("it does not start with a status line"));
            }

            var end = _buffer.AsSpan(_start, available).IndexOf("\r\n\r\n"u8);
            if (end + 4 > GatewayChannel.MaxResponseHeaderBytes || (end < 0 && available >= GatewayChannel.MaxResponseHeaderBytes))
            {
                return (0, [], TransportResult.Failed(TransportOutcome.TooLarge, TransportErrors.Words(TransportOutcome.TooLarge)));
            }

            if (end >= 0)
            {
                var text = Encoding.Latin1.GetString(_buffer, _start, end);
                _start += end + 4;
                return Parse(text);
            }

            if (!await FillAsync(cancellationToken))
            {
                return (0, [], TransportResult.Failed(
                    TransportOutcome.ClosedBeforeAnswer,
                    available == 0 ? "connection closed before any answer" : "connection closed in the middle of the answer's headers"));
            }
        }
    }

    private bool StartsLikeHttp()
    {
        var prefix = Math.Min(_end - _start, 5);
        return _buffer.AsSpan(_start, prefix).SequenceEqual("HTTP/"u8[..prefix]);
    }

    private static (int Status, List<HeaderLine> Headers, TransportResult? Failure) Parse(string head)
    {
        var lines = head.Split("\r\n");
        var parts = lines[0].Split(' ', 3);
        if (parts.Length < 2 || parts[0] is not ("HTTP/1.1" or "HTTP/1.0") || parts[1].Length != 3
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status) || status < 100)
        {
            return (0, [], NotHttp($"invalid status line '{lines[0]}'"));
        }

        var headers = new List<HeaderLine>();
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || line[..colon].Any(c => c <= ' ' || c >= 127))
            {
                return (0, [], NotHttp($"invalid header line '{line}'"));
            }

            headers.Add(new HeaderLine(line[..colon], line[(colon + 1)..].Trim(' ', '\t')));
        }

        return (status, headers, null);
    }

    /// <summary>Moves <paramref name="count"/> buffered bytes into the body; false once the body is over its cap.</summary>
    private bool Take(int count)
    {
        var kept = Body.TryAppend(_buffer.AsSpan(_start, count));
        _start += count;
        return kept;
    }

    /// <summary>Reads more bytes into the buffer; false when the connection closed.</summary>
    private async Task<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
        _end += read;
        ReceivedAny |= read > 0;
        return read > 0;
    }

    private TransportResult CutOff() =>
        TransportResult.Failed(TransportOutcome.ClosedWhileAnswering, TransportErrors.CutOff(Body.Length, null));

    private static TransportResult NotHttp(string why) =>
        TransportResult.Failed(TransportOutcome.NotHttp, $"the answer is not HTTP: {why}");

    private static List<string> Values(List<HeaderLine> headers, string name) =>
        [.. headers.Where(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            .SelectMany(h => h.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))];
}
