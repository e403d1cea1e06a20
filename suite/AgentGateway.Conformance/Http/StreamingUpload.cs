using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;

namespace AgentGateway.Conformance.Http;

/// <summary>
/// Sends a request with a large body over a connection of its own, reading the answer while the body is written.
/// A gateway may answer such a request before it has read the body, or without reading it, and then close the
/// connection; the pool would lose that answer (it writes the whole body first), this hears it. Same trust, origin,
/// budget and caps as every other request.
/// </summary>
internal static class StreamingUpload
{
    private const int WriteChunk = 64 * 1024;

    /// <summary>The header lines the request is sent with, in order: the caller's, then Host, Content-Length and Connection.</summary>
    public static IReadOnlyList<HeaderLine> HeadLines(Uri url, IEnumerable<HeaderLine> headers, int bodyLength) =>
    [
        new("Host", url.Authority),
        .. headers,
        new("Content-Length", bodyLength.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Connection", "close"),
    ];

    public static async Task<TransportResult> SendAsync(
        GatewayChannel channel, string method, Uri url, IReadOnlyList<HeaderLine> headLines, byte[] body, TimeSpan budget,
        CancellationToken cancellationToken)
    {
        using var timer = new CancellationTokenSource(budget, channel.Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        var token = linked.Token;
        bool TimedOut() => timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested;

        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        var (connected, failure) = await ConnectAsync(channel, socket, url, budget, TimedOut, token);
        if (connected is null)
        {
            return failure!;
        }

        await using var stream = connected;
        var reader = new AnswerReader(stream, method == "HEAD", channel.MaxResponseBytes);
        var reading = reader.ReadAsync(token);
        var writing = WriteAsync(stream, Head(method, url, headLines), body, token);
        var result = await Finish(reader, reading, budget, TimedOut);

        // An answer (or its absence) is in: an upload still under way is cut off by closing the connection.
        var sent = writing.IsCompletedSuccessfully && writing.Result;
        if (!writing.IsCompleted)
        {
            socket.Dispose();
        }

        try
        {
            await writing;
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException or SocketException)
        {
            // The upload's own failure says nothing the answer does not.
        }

        if (!sent && result.Status is null && result.Outcome is TransportOutcome.ClosedBeforeAnswer or TransportOutcome.ResetBeforeAnswer)
        {
            result = result with
            {
                Outcome = TransportOutcome.ClosedWhileSending,
                Error = $"connection closed while the request body was sent, no answer ({result.Error})",
            };
        }

        return result with { RequestCutOff = !sent };
    }

    /// <summary>Connects and, for https, makes the TLS handshake; on failure the result says why.</summary>
    private static async Task<(Stream? Stream, TransportResult? Failure)> ConnectAsync(
        GatewayChannel channel, Socket socket, Uri url, TimeSpan budget, Func<bool> timedOut, CancellationToken token)
    {
        Stream? stream = null;
        try
        {
            await socket.ConnectAsync(url.IdnHost, url.Port, token);
            stream = new NetworkStream(socket, ownsSocket: false);
            if (url.Scheme == Uri.UriSchemeHttps)
            {
                var tls = new SslStream(stream, leaveInnerStreamOpen: false);
                stream = tls;
                var options = new SslClientAuthenticationOptions
                {
                    TargetHost = url.IdnHost,
                    RemoteCertificateValidationCallback = channel.ValidateCertificate,
                };
                await tls.AuthenticateAsClientAsync(options, token);
            }

            return (stream, null);
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or AuthenticationException or IOException)
        {
            if (stream is not null)
            {
                await stream.DisposeAsync();
            }

            return (null, e switch
            {
                OperationCanceledException when timedOut() =>
                    TransportResult.Failed(TransportOutcome.HeadersTimedOut, TransportErrors.HeadersTimedOut(budget)),
                OperationCanceledException => throw new OperationCanceledException(e.Message, e, token),
                SocketException when TransportErrors.IsReset(e) => TransportErrors.Failed(TransportOutcome.ResetBeforeAnswer, e),
                SocketException => TransportErrors.Failed(TransportOutcome.ConnectFailed, e, url),
                _ => TransportErrors.BeforeAnswer(e, url, sending: false),
            });
        }
    }

    private static async Task<TransportResult> Finish(
        AnswerReader reader, Task<TransportResult> reading, TimeSpan budget, Func<bool> timedOut)
    {
        try
        {
            return await reading;
        }
        catch (OperationCanceledException) when (timedOut())
        {
            return reader.HeadComplete
                ? Partial(reader, TransportOutcome.BodyTimedOut, TransportErrors.BodyTimedOut(budget, reader.Body.Length))
                : TransportResult.Failed(TransportOutcome.HeadersTimedOut, TransportErrors.HeadersTimedOut(budget));
        }
        catch (Exception e) when (e is IOException or SocketException)
        {
            if (reader.HeadComplete)
            {
                return Partial(reader, TransportOutcome.ClosedWhileAnswering, TransportErrors.CutOff(reader.Body.Length, e));
            }

            var reset = TransportErrors.IsReset(e);
            var outcome = reset ? TransportOutcome.ResetBeforeAnswer : TransportOutcome.ClosedBeforeAnswer;
            var words = reader.ReceivedAny
                ? $"connection {(reset ? "reset" : "closed")} in the middle of the answer's headers"
                : TransportErrors.Words(outcome);
            return TransportResult.Failed(outcome, $"{words} ({TransportErrors.Detail(e)})");
        }
    }

    private static TransportResult Partial(AnswerReader reader, TransportOutcome outcome, string error) => new()
    {
        Outcome = outcome,
        Status = reader.Status,
        Headers = reader.Headers,
        Body = reader.Body.Text(),
        Error = error,
    };

    /// <summary>Writes the request; false when the connection broke first.</summary>
    private static async Task<bool> WriteAsync(Stream stream, byte[] head, byte[] body, CancellationToken cancellationToken)
    {
        try
        {
            await stream.WriteAsync(head, cancellationToken);
            for (var at = 0; at < body.Length; at += WriteChunk)
            {
                await stream.WriteAsync(body.AsMemory(at, Math.Min(WriteChunk, body.Length - at)), cancellationToken);
            }

            await stream.FlushAsync(cancellationToken);
            return true;
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or SocketException)
        {
            return false;
        }
    }

    private static byte[] Head(string method, Uri url, IReadOnlyList<HeaderLine> headLines)
    {
        var head = new StringBuilder().Append(method).Append(' ').Append(url.PathAndQuery).Append(" HTTP/1.1\r\n");
        foreach (var line in headLines)
        {
            head.Append(line.Name).Append(": ").Append(line.Value).Append("\r\n");
        }

        var text = head.Append("\r\n").ToString();
        // Every line ends where the suite ends it: a CR or LF inside a value would start a header of the gateway's choosing.
        if (text.Split("\r\n").Any(l => l.Contains('\r', StringComparison.Ordinal) || l.Contains('\n', StringComparison.Ordinal)))
        {
            throw new ArgumentException("A request line or header holds a line break.", nameof(headLines));
        }

        return Encoding.UTF8.GetBytes(text);
    }
}
