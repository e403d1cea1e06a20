using System.Collections.Concurrent;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;

namespace AgentGateway.Reference.Hostile;

/// <summary>
/// not-http: a connection middleware placed after TLS, between Kestrel and each decrypted connection, so that a request
/// can put bytes that are not HTTP on its connection in place of its answer. From then on everything Kestrel writes on
/// that connection is dropped, and the connection closes once the request is done.
/// </summary>
internal sealed class NotHttpConnections
{
    private readonly ConcurrentDictionary<string, GatedOutput> _open = new(StringComparer.Ordinal);

    /// <summary>An SSH server's greeting followed by the start of a binary key-exchange packet.</summary>
    public static byte[] Bytes { get; } =
        [.. "SSH-2.0-OpenSSH_9.6\r\n"u8, 0x00, 0x00, 0x04, 0x3C, 0x0A, 0x14, 0x9D, 0x2F, 0xC1, 0x00, 0xFF, 0x7E, 0x03, 0x80, 0x1B, 0xE4];

    public async Task OnConnectionAsync(ConnectionContext connection, ConnectionDelegate next)
    {
        var transport = connection.Transport;
        await using var gate = new GatedOutput(transport.Output.AsStream(leaveOpen: true));
        var output = PipeWriter.Create(gate, new StreamPipeWriterOptions(leaveOpen: true));
        connection.Transport = new DuplexPipe(transport.Input, output);
        _open[connection.ConnectionId] = gate;
        try
        {
            await next(connection).ConfigureAwait(false);
        }
        finally
        {
            _open.TryRemove(connection.ConnectionId, out _);
            await output.CompleteAsync().ConfigureAwait(false);
            connection.Transport = transport;
        }
    }

    /// <summary>
    /// Sends <see cref="Bytes"/> on the request's connection instead of any answer and lets the connection close; a
    /// request that came in some other way (no connection of this middleware) is aborted.
    /// </summary>
    public async Task ReplaceAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (!_open.TryGetValue(context.Connection.Id, out var gate))
        {
            context.Abort();
            return;
        }

        await gate.ReplaceAsync(Bytes, cancellationToken).ConfigureAwait(false);

        // The empty answer Kestrel now writes is dropped, and Connection: close makes it close the connection cleanly
        // after it, so the bytes above are the last the client receives.
        context.Response.Headers.Connection = "close";
        context.Response.ContentLength = 0;
    }

    private sealed class DuplexPipe(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input { get; } = input;

        public PipeWriter Output { get; } = output;
    }

    /// <summary>A write-only stream that passes writes on until it is told to send its own bytes, and drops them after.</summary>
    private sealed class GatedOutput(Stream inner) : Stream
    {
        private readonly SemaphoreSlim _gate = new(1, 1);
        private bool _replaced;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public async Task ReplaceAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
        {
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                _replaced = true;
                await inner.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
                await inner.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _gate.Release();
            }
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (!_replaced)
                {
                    await inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                _gate.Release();
            }
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Write(byte[] buffer, int offset, int count) =>
            WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override async Task FlushAsync(CancellationToken cancellationToken)
        {
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (!_replaced)
                {
                    await inner.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                _gate.Release();
            }
        }

        public override void Flush() => FlushAsync(CancellationToken.None).GetAwaiter().GetResult();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _gate.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
