using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using AgentGateway.Reference.Tls;

namespace AgentGateway.Conformance.Tests.Support;

/// <summary>
/// A gateway that misbehaves on purpose: it listens on 127.0.0.1 and a free port, speaks TLS with a certificate of its
/// own (or plain TCP), and hands each connection to a behaviour written byte by byte: answer early, stall, reset,
/// send something that is not HTTP. Disposing it stops every connection.
/// </summary>
internal sealed class SocketServer : IAsyncDisposable
{
    private static readonly Lazy<X509Certificate2> SharedCertificate = new(() => GatewayCertificates.CreateSelfSigned());

    private readonly TcpListener _listener;
    private readonly Func<Connection, Task> _behaviour;
    private readonly bool _tls;
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _connections = [];
    private readonly Task _accepting;
    private int _accepted;

    private SocketServer(Func<Connection, Task> behaviour, bool tls)
    {
        _behaviour = behaviour;
        _tls = tls;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        var port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        BaseUri = new Uri($"{(tls ? "https" : "http")}://127.0.0.1:{port}/");
        _accepting = AcceptAsync();
    }

    public static X509Certificate2 Certificate => SharedCertificate.Value;

    public Uri BaseUri { get; }

    /// <summary>How many connections were accepted.</summary>
    public int Accepted => Volatile.Read(ref _accepted);

    public static SocketServer Start(Func<Connection, Task> behaviour, bool tls = true) => new(behaviour, tls);

    /// <summary>Writes the server's certificate as a PEM file for <c>--ca-cert</c>; the caller deletes it.</summary>
    public static string WriteCertificatePem()
    {
        var path = Path.Combine(Path.GetTempPath(), $"agw-socket-server-{Guid.NewGuid():N}.pem");
        File.WriteAllText(path, GatewayCertificates.ExportPem(Certificate));
        return path;
    }

    /// <summary>Waits until every connection accepted so far has ended by itself.</summary>
    public Task ConnectionsEndedAsync(TimeSpan limit)
    {
        lock (_connections)
        {
            return Task.WhenAll(_connections).WaitAsync(limit);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        Task[] connections;
        lock (_connections)
        {
            connections = [.. _connections];
        }

        await Task.WhenAll(connections.Append(_accepting)).WaitAsync(TimeSpan.FromSeconds(10));
        _stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(_stopping.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            // Answers go out as written, as a gateway's do, instead of waiting on Nagle for an ACK.
            socket.NoDelay = true;
            Interlocked.Increment(ref _accepted);
            lock (_connections)
            {
                _connections.Add(ServeAsync(socket));
            }
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        await Task.Yield();
        using (socket)
        {
            try
            {
                Stream stream = new NetworkStream(socket, ownsSocket: false);
                if (_tls)
                {
                    var tls = new SslStream(stream, leaveInnerStreamOpen: false);
                    await tls.AuthenticateAsServerAsync(Certificate).WaitAsync(_stopping.Token);
                    stream = tls;
                }

                await using (stream)
                {
                    await _behaviour(new Connection(socket, stream, _stopping.Token));
                }
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException
                or System.Security.Authentication.AuthenticationException)
            {
                // The client went away, or the server is stopping: a misbehaving server has nothing to report.
            }
        }
    }

    /// <summary>One accepted connection, with the moves a misbehaving gateway makes on it.</summary>
    internal sealed class Connection(Socket socket, Stream stream, CancellationToken stopping)
    {
        public Stream Stream => stream;

        /// <summary>Cancelled when the server stops.</summary>
        public CancellationToken Stopping => stopping;

        /// <summary>Reads a request head up to its empty line; empty when the client closed first.</summary>
        public async Task<string> ReadHeadAsync()
        {
            var head = new List<byte>();
            var one = new byte[1];
            while (head.Count < 4 || head[^4] != '\r' || head[^3] != '\n' || head[^2] != '\r' || head[^1] != '\n')
            {
                if (await stream.ReadAsync(one, stopping) == 0)
                {
                    return "";
                }

                head.Add(one[0]);
            }

            return Encoding.Latin1.GetString([.. head]);
        }

        /// <summary>Reads a request head and the body its Content-Length announces; the head is empty when the client closed.</summary>
        public async Task<(string Head, long BodyLength)> ReadRequestAsync()
        {
            var head = await ReadHeadAsync();
            var line = head.Split("\r\n").FirstOrDefault(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
            var remaining = line is null
                ? 0
                : long.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            var total = remaining;
            var buffer = new byte[64 * 1024];
            while (remaining > 0)
            {
                var read = await stream.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, remaining)), stopping);
                if (read == 0)
                {
                    break;
                }

                remaining -= read;
            }

            return (head, total - remaining);
        }

        public async Task SendAsync(string text)
        {
            await stream.WriteAsync(Encoding.Latin1.GetBytes(text), stopping);
            await stream.FlushAsync(stopping);
        }

        public async Task SendAsync(byte[] bytes)
        {
            await stream.WriteAsync(bytes, stopping);
            await stream.FlushAsync(stopping);
        }

        /// <summary>Holds the connection open, saying nothing, until the server stops.</summary>
        public Task StallAsync() => Task.Delay(Timeout.Infinite, stopping);

        /// <summary>Ends the connection with a TCP reset instead of a close.</summary>
        public void Reset()
        {
            socket.LingerState = new LingerOption(true, 0);
            socket.Close();
        }

        /// <summary>Closes the connection (FIN), whatever the client still sends.</summary>
        public void Close() => socket.Close();
    }
}
