using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;

namespace AgentGateway.Conformance.Tests.Support;

/// <summary>
/// A Chrome DevTools Protocol session over one WebSocket: commands with their answers, and every event kept in order.
/// </summary>
internal sealed class DevToolsSession : IAsyncDisposable
{
    private static readonly TimeSpan CommandBudget = TimeSpan.FromSeconds(60);

    private readonly ClientWebSocket _socket;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly ConcurrentQueue<(string Method, JsonElement Params)> _events = new();
    private readonly CancellationTokenSource _closing = new();
    private readonly Task _reader;
    private int _nextId;

    private DevToolsSession(ClientWebSocket socket)
    {
        _socket = socket;
        _reader = Task.Run(ReadAsync);
    }

    /// <summary>Every event received so far, in order.</summary>
    public IReadOnlyList<(string Method, JsonElement Params)> Events => [.. _events];

    public static async Task<DevToolsSession> ConnectAsync(Uri url)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        using var timeout = new CancellationTokenSource(CommandBudget);
        await socket.ConnectAsync(url, timeout.Token);
        return new DevToolsSession(socket);
    }

    public async Task<JsonElement> SendAsync(string method, object? parameters = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        var message = JsonSerializer.SerializeToUtf8Bytes(new { id, method, @params = parameters ?? new { } });
        await _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, _closing.Token);
        return await answer.Task.WaitAsync(CommandBudget);
    }

    /// <summary>Evaluates a JavaScript expression in the page and returns its value (awaiting a promise).</summary>
    public async Task<JsonElement> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new { expression, returnByValue = true, awaitPromise = true });
        if (result.TryGetProperty("exceptionDetails", out var exception))
        {
            throw new InvalidOperationException($"The page threw evaluating {expression}: {exception}");
        }

        var value = result.GetProperty("result");
        return value.TryGetProperty("value", out var v) ? v : value;
    }

    /// <summary>Waits until <paramref name="count"/> events of the given method have arrived in all.</summary>
    public async Task WaitForEventCountAsync(string method, int count, TimeSpan budget)
    {
        using var timeout = new CancellationTokenSource(budget);
        while (_events.Count(e => e.Method == method) < count)
        {
            await Task.Delay(50, timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _closing.CancelAsync();
        _socket.Abort();
        try
        {
            await _reader;
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The reader ends with the socket it was reading.
        }

        _socket.Dispose();
        _closing.Dispose();
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (!_closing.IsCancellationRequested)
        {
            var received = await _socket.ReceiveAsync(buffer, _closing.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                break;
            }

            message.Write(buffer, 0, received.Count);
            if (!received.EndOfMessage)
            {
                continue;
            }

            using (var document = JsonDocument.Parse(message.ToArray()))
            {
                Dispatch(document.RootElement.Clone());
            }

            message.SetLength(0);
        }

        foreach (var pending in _pending.Values)
        {
            pending.TrySetException(new WebSocketException("The DevTools connection closed."));
        }
    }

    private void Dispatch(JsonElement message)
    {
        if (message.TryGetProperty("id", out var id) && _pending.TryRemove(id.GetInt32(), out var answer))
        {
            if (message.TryGetProperty("error", out var error))
            {
                answer.TrySetException(new InvalidOperationException($"DevTools refused the command: {error}"));
            }
            else
            {
                answer.TrySetResult(message.GetProperty("result"));
            }
        }
        else if (message.TryGetProperty("method", out var method))
        {
            _events.Enqueue((method.GetString()!, message.TryGetProperty("params", out var p) ? p : default));
        }
    }

    /// <summary>Text of an event for messages: its method and parameters.</summary>
    public static string Describe((string Method, JsonElement Params) e) =>
        e.Params.ValueKind == JsonValueKind.Undefined ? e.Method : $"{e.Method} {e.Params.GetRawText()}";
}
