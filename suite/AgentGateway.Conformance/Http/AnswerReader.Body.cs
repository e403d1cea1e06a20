using System.Globalization;
using System.Text;

namespace AgentGateway.Conformance.Http;

/// <summary>The body of an answer, framed as its head says: no body, Content-Length, chunked, or up to the close.</summary>
internal sealed partial class AnswerReader
{
    private const int MaxChunkLine = 4 * 1024;

    /// <summary>Reads the body as the head frames it; null when it ended as it should (or went over the cap).</summary>
    private async Task<TransportResult?> ReadBodyAsync(int status, List<HeaderLine> headers, CancellationToken cancellationToken)
    {
        if (_headRequest || status is 101 or 204 or 304)
        {
            return null;
        }

        var transferEncoding = Values(headers, "Transfer-Encoding");
        if (transferEncoding.Count > 0)
        {
            return transferEncoding[^1].Equals("chunked", StringComparison.OrdinalIgnoreCase)
                ? await ReadChunkedAsync(cancellationToken)
                : await ReadUntilCloseAsync(cancellationToken);
        }

        var lengths = Values(headers, "Content-Length").Distinct().ToList();
        if (lengths.Count == 0)
        {
            return await ReadUntilCloseAsync(cancellationToken);
        }

        return lengths.Count == 1 && long.TryParse(lengths[0], NumberStyles.None, CultureInfo.InvariantCulture, out var length)
            ? await ReadExactlyAsync(length, cancellationToken)
            : NotHttp($"invalid Content-Length '{string.Join(", ", lengths)}'");
    }

    private async Task<TransportResult?> ReadExactlyAsync(long length, CancellationToken cancellationToken)
    {
        while (length > 0)
        {
            if (_start == _end && !await FillAsync(cancellationToken))
            {
                return CutOff();
            }

            var take = (int)Math.Min(length, _end - _start);
            length -= take;
            if (!Take(take))
            {
                return null;
            }
        }

        return null;
    }

    private async Task<TransportResult?> ReadUntilCloseAsync(CancellationToken cancellationToken)
    {
        while (await FillAsync(cancellationToken))
        {
            if (!Take(_end - _start))
            {
                return null;
            }
        }

        Take(_end - _start);
        return null;
    }

    private async Task<TransportResult?> ReadChunkedAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var (line, tooLong) = await ReadLineAsync(cancellationToken);
            if (tooLong)
            {
                return NotHttp($"a chunk line longer than {MaxChunkLine} bytes");
            }

            if (line is null)
            {
                return CutOff();
            }

            var sizeText = line.Split(';')[0].Trim();
            if (!long.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size) || size < 0)
            {
                return NotHttp($"invalid chunk size '{line}'");
            }

            if (size == 0)
            {
                // Trailers up to the empty line; a connection closed among them loses nothing of the body.
                while (await ReadLineAsync(cancellationToken) is ({ Length: > 0 }, false))
                {
                }

                return null;
            }

            if (await ReadExactlyAsync(size, cancellationToken) is { } ended)
            {
                return ended;
            }

            if (Body.Exceeded)
            {
                return null;
            }

            if (await ReadLineAsync(cancellationToken) is not ("", false))
            {
                return NotHttp("a chunk does not end with CRLF");
            }
        }
    }

    /// <summary>One CRLF-terminated line, without the CRLF; null when the connection closed first.</summary>
    private async Task<(string? Line, bool TooLong)> ReadLineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var at = _buffer.AsSpan(_start, _end - _start).IndexOf("\r\n"u8);
            if (at >= 0)
            {
                var line = Encoding.Latin1.GetString(_buffer, _start, at);
                _start += at + 2;
                return (line, false);
            }

            if (_end - _start > MaxChunkLine)
            {
                return (null, true);
            }

            if (!await FillAsync(cancellationToken))
            {
                return (null, false);
            }
        }
    }
}
