using System.Net;
using System.Net.Sockets;

namespace AgentGateway.Conformance.Tests.Support;

/// <summary>
/// A listener on a free loopback port that counts every connection made to it and answers none: the "other origin" a
/// hostile gateway redirects to. Any connection at all would mean the suite followed a redirect.
/// </summary>
internal sealed class RecordingListener : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private int _connections;

    public RecordingListener()
    {
        _listener.Start();
        _ = AcceptAsync();
    }

    public string Url => $"https://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    public int Connections => Volatile.Read(ref _connections);

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                Interlocked.Increment(ref _connections);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }
    }
}
