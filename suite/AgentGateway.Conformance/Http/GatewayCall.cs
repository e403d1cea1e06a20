using System.Runtime.ExceptionServices;
using AgentGateway.Conformance.Harness;
using RestSharp;
using RestSharp.Interceptors;

namespace AgentGateway.Conformance.Http;

/// <summary>
/// One documented call on its way through RestSharp. It rides on the request message to the
/// <see cref="RecordingHandler"/>, which sends it through the <see cref="GatewayClient"/> and leaves here the recorded
/// response, or what the client threw, for the caller to take once RestSharp returns.
/// </summary>
internal sealed class GatewayCall(GatewayClient client, string purpose, TimeSpan? timeout) : Interceptor
{
    public static readonly HttpRequestOptionsKey<GatewayCall> Key = new("AgentGateway.Conformance.GatewayCall");

    private GatewayResponse? _response;
    private ExceptionDispatchInfo? _failure;

    public GatewayClient Client => client;

    /// <summary>Why the suite sends it; recorded with the exchange.</summary>
    public string Purpose => purpose;

    /// <summary>Budget of this call; the client's default when null.</summary>
    public TimeSpan? Timeout => timeout;

    public override ValueTask BeforeHttpRequest(HttpRequestMessage requestMessage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requestMessage);
        requestMessage.Options.Set(Key, this);
        // RestSharp writes an Accept header on every request, empty when the client accepts no content type in
        // particular; the documented calls send none.
        if (requestMessage.Headers.NonValidated.TryGetValues("Accept", out var accept) && accept.All(string.IsNullOrWhiteSpace))
        {
            requestMessage.Headers.Remove("Accept");
        }

        return ValueTask.CompletedTask;
    }

    public void Answered(GatewayResponse response) => _response = response;

    public void Failed(Exception exception) => _failure = ExceptionDispatchInfo.Capture(exception);

    /// <summary>
    /// The recorded response. Throws what the client threw (a check ended by the harness, a request not sent to a
    /// silent gateway, another origin), as <see cref="GatewayClient.SendAsync"/> would have.
    /// </summary>
    public GatewayResponse Result(RestResponse answer)
    {
        _failure?.Throw();
        if (_response is not null)
        {
            return _response;
        }

        var why = answer.ErrorMessage ?? answer.ResponseStatus.ToString();
        throw answer.ErrorException is { } error
            ? new SuiteException($"RestSharp did not send the call \"{purpose}\" ({why}).", error)
            : new SuiteException($"RestSharp did not send the call \"{purpose}\" ({why}).");
    }
}
