using System.Buffers;
using System.Net;
using System.Net.Http.Headers;

namespace AgentGateway.Conformance.Http;

/// <summary>
/// Sends an ordinary request through the run's connection pool and reads its answer under the budget and the size
/// cap: the body is read into a bounded buffer, never by the length the gateway announces.
/// </summary>
internal static class PooledTransport
{
    private const int ReadChunk = 16 * 1024;

    public static async Task<TransportResult> SendAsync(
        GatewayChannel channel, HttpRequestMessage message, TimeSpan budget, CancellationToken cancellationToken)
    {
        using var timer = new CancellationTokenSource(budget, channel.Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        HttpResponseMessage response;
        try
        {
            response = await channel.Http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, linked.Token);
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return TransportResult.Failed(TransportOutcome.HeadersTimedOut, TransportErrors.HeadersTimedOut(budget));
        }
        catch (HttpRequestException e)
        {
            return TransportErrors.BeforeAnswer(e, message.RequestUri!, message.Content is TrackedContent { Sending: true });
        }

        // Disposing an answer that was not read to its end drops the connection (MaxResponseDrainSize is 0).
        using (response)
        {
            var status = (int)response.StatusCode;
            IReadOnlyList<HeaderLine> headers = [.. Lines(response.Headers), .. Lines(response.Content.Headers)];
            var body = new BoundedBody(channel.MaxResponseBytes);
            var (outcome, error) = await ReadBodyAsync(response, body, linked.Token) switch
            {
                null when body.Exceeded => (TransportOutcome.TooLarge, TransportErrors.TooLarge(body.Cap)),
                null => (TransportOutcome.Answered, null),
                OperationCanceledException when timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested =>
                    (TransportOutcome.BodyTimedOut, TransportErrors.BodyTimedOut(budget, body.Length)),
                OperationCanceledException e => throw new OperationCanceledException(e.Message, e, cancellationToken),
                HttpIOException { HttpRequestError: HttpRequestError.InvalidResponse } e =>
                    (TransportOutcome.NotHttp, $"the answer's body framing is not HTTP ({TransportErrors.Detail(e)})"),
                var e => (TransportOutcome.ClosedWhileAnswering, TransportErrors.CutOff(body.Length, e)),
            };
            return new TransportResult { Outcome = outcome, Status = status, Headers = headers, Body = body.Text(), Error = error };
        }
    }

    /// <summary>A request body that tells whether it was being written when the request failed.</summary>
    public static HttpContent Content(byte[] bytes) => new TrackedContent(bytes);

    /// <summary>Reads the body into <paramref name="body"/> until its end or the cap; returns what stopped it early.</summary>
    private static async Task<Exception?> ReadBodyAsync(
        HttpResponseMessage response, BoundedBody body, CancellationToken cancellationToken)
    {
        var chunk = ArrayPool<byte>.Shared.Rent(ReadChunk);
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (!body.TryAppend(chunk.AsSpan(0, read)))
                {
                    break;
                }
            }

            return null;
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or HttpRequestException)
        {
            return e;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private static IEnumerable<HeaderLine> Lines(HttpHeaders headers) =>
        headers.NonValidated.SelectMany(h => h.Value.Select(v => new HeaderLine(h.Key, v)));

    private sealed class TrackedContent(byte[] bytes) : HttpContent
    {
        private int _state;

        /// <summary>The body was being written and had not been written completely.</summary>
        public bool Sending => Volatile.Read(ref _state) == 1;

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            SerializeToStreamAsync(stream, context, CancellationToken.None);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            Volatile.Write(ref _state, 1);
            await stream.WriteAsync(bytes, cancellationToken);
            Volatile.Write(ref _state, 2);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = bytes.Length;
            return true;
        }
    }
}
