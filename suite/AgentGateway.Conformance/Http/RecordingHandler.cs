using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AgentGateway.Conformance.Harness;

namespace AgentGateway.Conformance.Http;

/// <summary>
/// The HTTP handler under RestSharp. Each request it is given goes out through the <see cref="GatewayClient"/> of its
/// <see cref="GatewayCall"/>, the path every request takes: same origin only, nothing sent to a gateway that stopped
/// answering, no redirect followed, the budget over the whole answer, the size caps, the exchange recorded with its
/// purpose and redacted, the harness inspecting it. RestSharp gets back the recorded answer.
/// </summary>
internal sealed class RecordingHandler : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Only the message a call composed carries it: a request RestSharp would make of its own accord (following a
        // redirect, say) is refused here, never sent.
        if (!request.Options.TryGetValue(GatewayCall.Key, out var call))
        {
            throw new SuiteException(
                $"{request.Method} {request.RequestUri} came to the recording handler without its call: "
                + "RestSharp sends only the calls of AgentGatewayApi, once each.");
        }

        GatewayResponse response;
        try
        {
            response = await call.Client.SendAsync(await DescribeAsync(request, call, cancellationToken), cancellationToken);
        }
        catch (Exception e)
        {
            call.Failed(e);
            throw;
        }

        call.Answered(response);
        return Answer(request, response);
    }

    /// <summary>
    /// The request as RestSharp composed it, for the client to send: its method and absolute URL, every header
    /// RestSharp wrote, its body, and the call's purpose and budget. The transport writes Content-Length itself.
    /// </summary>
    private static async Task<GatewayRequest> DescribeAsync(
        HttpRequestMessage message, GatewayCall call, CancellationToken cancellationToken)
    {
        var headers = Lines(message.Headers).ToList();
        string? contentType = null;
        string? body = null;
        if (message.Content is { } content)
        {
            foreach (var line in Lines(content.Headers))
            {
                if (line.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
                {
                    contentType = line.Value;
                }
                else if (!line.Name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                {
                    headers.Add(line);
                }
            }

            // The suite's own body, already in memory: the documented calls send at most a sign-in's few fields.
            var bytes = await content.ReadAsByteArrayAsync(cancellationToken);
            body = bytes.Length == 0 ? null : Encoding.UTF8.GetString(bytes);
        }

        var url = message.RequestUri ?? throw new SuiteException($"RestSharp composed \"{call.Purpose}\" without a URL.");
        return new GatewayRequest(message.Method, url.OriginalString, call.Purpose)
        {
            Headers = headers,
            Body = body,
            ContentType = contentType,
            Timeout = call.Timeout,
        };
    }

    /// <summary>
    /// The recorded answer as an HTTP response for RestSharp: the status, the headers and the body read under the cap.
    /// No answer head is an <see cref="HttpRequestException"/> with the transport error in words.
    /// </summary>
    private static HttpResponseMessage Answer(HttpRequestMessage request, GatewayResponse response)
    {
        if (response.Status is not { } status)
        {
            throw new HttpRequestException(response.TransportError ?? response.Outcome.Label());
        }

        var answer = new HttpResponseMessage((HttpStatusCode)status)
        {
            RequestMessage = request,
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(response.Body)),
        };
        foreach (var header in response.Headers.Where(h => !IsFraming(h.Name)))
        {
            if (!answer.Headers.TryAddWithoutValidation(header.Name, header.Value))
            {
                answer.Content.Headers.TryAddWithoutValidation(header.Name, header.Value);
            }
        }

        return answer;
    }

    /// <summary>Headers that describe the bytes on the wire rather than the body RestSharp is handed.</summary>
    private static bool IsFraming(string name) =>
        name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Content-Encoding", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<HeaderLine> Lines(HttpHeaders headers) =>
        headers.NonValidated.SelectMany(h => h.Value.Select(v => new HeaderLine(h.Key, v)));
}
