using System.Globalization;
using System.Net.Sockets;
using System.Security.Authentication;

namespace AgentGateway.Conformance.Http;

/// <summary>
/// Turns what .NET throws while talking to the gateway into a <see cref="TransportOutcome"/> and words that say what
/// happened, naming the underlying error.
/// </summary>
internal static class TransportErrors
{
    /// <summary>A request failed before any answer head arrived; <paramref name="sending"/>: its body was being written.</summary>
    public static TransportResult BeforeAnswer(Exception error, Uri url, bool sending)
    {
        var outcome = error switch
        {
            HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError } => TransportOutcome.ConnectFailed,
            HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError } =>
                IsReset(error) ? TransportOutcome.ResetBeforeAnswer : TransportOutcome.ConnectFailed,
            HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError } or AuthenticationException =>
                Find<AuthenticationException>(error) is not null ? TransportOutcome.TlsFailed
                : IsReset(error) ? TransportOutcome.ResetBeforeAnswer
                : TransportOutcome.ClosedBeforeAnswer,
            HttpRequestException { HttpRequestError: HttpRequestError.InvalidResponse or HttpRequestError.HttpProtocolError } =>
                TransportOutcome.NotHttp,
            HttpRequestException { HttpRequestError: HttpRequestError.ConfigurationLimitExceeded } => TransportOutcome.TooLarge,
            _ when sending && Find<IOException>(error) is not null => TransportOutcome.ClosedWhileSending,
            _ when IsReset(error) => TransportOutcome.ResetBeforeAnswer,
            _ => TransportOutcome.ClosedBeforeAnswer,
        };
        return Failed(outcome, error, url);
    }

    /// <summary>A failure before any answer, in the outcome's words and the error's own.</summary>
    public static TransportResult Failed(TransportOutcome outcome, Exception error, Uri? url = null) =>
        TransportResult.Failed(outcome, $"{Words(outcome, url)} ({Detail(error)})");

    /// <summary>What the outcome means when no answer head arrived.</summary>
    public static string Words(TransportOutcome outcome, Uri? url = null) => outcome switch
    {
        TransportOutcome.ConnectFailed => url is null ? "could not connect" : $"could not connect to {url.Authority}",
        TransportOutcome.TlsFailed => "TLS handshake failed",
        TransportOutcome.ResetBeforeAnswer => "connection reset before any answer",
        TransportOutcome.ClosedBeforeAnswer => "connection closed before any answer",
        TransportOutcome.ClosedWhileSending => "connection closed while the request body was sent, no answer",
        TransportOutcome.NotHttp => "the answer is not HTTP",
        TransportOutcome.TooLarge => $"answer headers over the {TransportOutcomes.Size(GatewayChannel.MaxResponseHeaderBytes)} cap",
        _ => outcome.Label(),
    };

    public static string HeadersTimedOut(TimeSpan budget) => $"no answer within {Seconds(budget)} s (headers)";

    public static string BodyTimedOut(TimeSpan budget, int bodyBytes) =>
        $"no complete answer within {Seconds(budget)} s (body: {bodyBytes} bytes read)";

    public static string TooLarge(long cap) => $"answer over the {TransportOutcomes.Size(cap)} cap: read {cap} bytes, stopped";

    public static string CutOff(int bodyBytes, Exception? error) =>
        $"connection {(error is not null && IsReset(error) ? "reset" : "closed")} in the middle of the answer after {bodyBytes} body bytes"
        + (error is null ? "" : $" ({Detail(error)})");

    public static bool IsReset(Exception error) =>
        Find<SocketException>(error) is { SocketErrorCode: SocketError.ConnectionReset or SocketError.ConnectionAborted };

    /// <summary>The innermost error, as type and message: "SocketException: Connection refused".</summary>
    public static string Detail(Exception error)
    {
        var inner = error;
        while (inner.InnerException is { } cause)
        {
            inner = cause;
        }

        return inner == error || inner.Message.Length == 0
            ? $"{error.GetType().Name}: {error.Message}"
            : $"{error.GetType().Name}: {error.Message} / {inner.GetType().Name}: {inner.Message}";
    }

    private static T? Find<T>(Exception error)
        where T : Exception
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }

        return null;
    }

    private static string Seconds(TimeSpan budget) => budget.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
}
