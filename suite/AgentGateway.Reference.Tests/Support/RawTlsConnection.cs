using System.Net.Security;
using System.Net.Sockets;
using System.Text;

namespace AgentGateway.Reference.Tests.Support;

/// <summary>
/// One TLS connection to a gateway that a test writes raw bytes to, while everything the gateway sends is collected in
/// the background as it arrives, with the moment the gateway closed the connection. A test can so see exactly which
/// bytes came, and when, without a client that parses or retries.
/// </summary>
internal sealed class RawTlsConnection : IAsyncDisposable
{
    private readonly TcpClient _tcp;
    private readonly SslStream _tls;
    private readonly MemoryStream _received = new();
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _reading = Task.CompletedTask;
    private int _taken;

    private RawTlsConnection(TcpClient tcp, SslStream tls)
    {
        _tcp = tcp;
        _tls = tls;
    }

    /// <summary>Whether the gateway has closed or reset the connection.</summary>
    public bool IsClosed => _closed.Task.IsCompleted;

    /// <summary>Everything received that <see cref="ReadResponseAsync"/> has not taken.</summary>
    public byte[] Unread
    {
        get
        {
            lock (_received)
            {
                return _received.ToArray()[_taken..];
            }
        }
    }

    public static async Task<RawTlsConnection> OpenAsync(ReferenceGateway gateway)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync(gateway.BaseUri.Host, gateway.BaseUri.Port);
        var connection = new RawTlsConnection(tcp, await RawHttps.AuthenticateAsync(gateway, tcp.GetStream()));
        connection._reading = connection.ReadAllAsync();
        return connection;
    }

    public async Task SendAsync(byte[] bytes)
    {
        await _tls.WriteAsync(bytes);
        await _tls.FlushAsync();
    }

    /// <summary>Whether the gateway closes the connection within <paramref name="budget"/>.</summary>
    public async Task<bool> ClosesWithinAsync(TimeSpan budget) =>
        await Task.WhenAny(_closed.Task, Task.Delay(budget)) == _closed.Task;

    /// <summary>The next complete response (its head and Content-Length bytes of body), waiting up to <paramref name="budget"/>.</summary>
    public async Task<Reply> ReadResponseAsync(TimeSpan budget)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (true)
        {
            lock (_received)
            {
                var unread = _received.ToArray()[_taken..];
                if (CompleteLength(unread) is { } length)
                {
                    _taken += length;
                    return RawHttps.Parse(unread[..length]);
                }
            }

            if (IsClosed || TimeProvider.System.GetElapsedTime(started) > budget)
            {
                throw new TimeoutException($"No complete response within {budget}: {Encoding.Latin1.GetString(Unread)}");
            }

            await Task.Delay(10);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _tls.DisposeAsync();
        _tcp.Dispose();
        await _reading;
    }

    private static int? CompleteLength(byte[] unread)
    {
        var end = unread.AsSpan().IndexOf("\r\n\r\n"u8);
        if (end < 0)
        {
            return null;
        }

        var head = Encoding.Latin1.GetString(unread, 0, end);
        var length = head.Split("\r\n").Skip(1)
            .Where(line => line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            .Select(line => int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture))
            .FirstOrDefault();
        return unread.Length >= end + 4 + length ? end + 4 + length : null;
    }

    private async Task ReadAllAsync()
    {
        var chunk = new byte[64 * 1024];
        try
        {
            int read;
            while ((read = await _tls.ReadAsync(chunk)) > 0)
            {
                lock (_received)
                {
                    _received.Write(chunk, 0, read);
                }
            }
        }
        catch (Exception gone) when (gone is IOException or ObjectDisposedException)
        {
            // A reset, or the test closing its end: either way nothing more arrives.
        }
        finally
        {
            _closed.TrySetResult();
        }
    }
}
