using AgentGateway.Reference.Agents;
using AgentGateway.Reference.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Route = AgentGateway.Reference.Http.Route;

namespace AgentGateway.Reference.Variations;

/// <summary>
/// The variations that change how a request is answered around the endpoints: oversized-body-unread,
/// oversized-body-closed, non-digit-id-not-found and wrong-method-retcode. With a variation off, its hook leaves the
/// reference behaviour as it is.
/// </summary>
internal sealed class RequestVariations(GatewaySettings settings)
{
    /// <summary>oversized-body-closed: whether this request is a sync to be answered by closing the connection at once.</summary>
    public bool ClosesAtOnce(HttpContext context, Route? route) =>
        settings.Has(GatewayVariation.OversizedBodyClosed) && IsOversizedSync(context, route);

    /// <summary>
    /// oversized-body-unread: the sync's usual answer, after which the connection closes, so that its body is never read.
    /// Lowering the request's body limit below its Content-Length makes the server give up the body instead of reading
    /// it away after the answer, and close the connection once the answer is out; HTTP/1.x also says so with
    /// Connection: close.
    /// </summary>
    public GatewayAnswer Answer(HttpContext context, Route? route, GatewayAnswer response)
    {
        if (!settings.Has(GatewayVariation.OversizedBodyUnread) || !IsOversizedSync(context, route))
        {
            return response;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = BodyReader.MaxBytes;
        }

        var http1 = HttpProtocol.IsHttp11(context.Request.Protocol) || HttpProtocol.IsHttp10(context.Request.Protocol);
        return http1 ? response.WithHeader("Connection", "close") : response;
    }

    /// <summary>non-digit-id-not-found: a 404 page for a path of a known interface whose agent ID is not all ASCII digits.</summary>
    public GatewayAnswer? NotFound(IReadOnlyDictionary<string, string>? pathValues) =>
        settings.Has(GatewayVariation.NonDigitIdNotFound)
        && pathValues is not null && pathValues.TryGetValue("agentid", out var agentId) && !AgentIdRules.IsDigits(agentId)
            ? GatewayAnswer.ErrorPage(StatusCodes.Status404NotFound, "Not Found", "No route matches the requested path.")
            : null;

    /// <summary>wrong-method-retcode: HTTP 200 with retcode 000-002 where the reference answers 405 with Allow.</summary>
    public GatewayAnswer? UnsupportedMethod(string method) =>
        settings.Has(GatewayVariation.WrongMethodRetcode)
            ? GatewayAnswer.Failure(Retcodes.InvalidParameter, message: $"The method {method} is not supported here.")
            : null;

    private static bool IsOversizedSync(HttpContext context, Route? route) =>
        route is { IsSync: true } && context.Request.ContentLength > BodyReader.MaxBytes;
}
