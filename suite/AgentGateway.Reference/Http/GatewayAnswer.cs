using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace AgentGateway.Reference.Http;

/// <summary>
/// The gateway's answer to one request, worked out (usually under an agent's lock) before anything is written.
/// Business failures remember their retcode, so that a fault mode can reshape them.
/// </summary>
internal sealed record GatewayAnswer(int StatusCode, string ContentType, string Body)
{
    public const string JsonContentType = "application/json;charset=UTF-8";

    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    /// <summary>The retcode of a business failure; null for successes and for raw responses.</summary>
    public string? FailureCode { get; init; }

    public static GatewayAnswer Json(JsonNode body, int statusCode = StatusCodes.Status200OK) =>
        new(statusCode, JsonContentType, body.ToJsonString());

    public static GatewayAnswer Failure(string code, int statusCode = StatusCodes.Status200OK, string? message = null) =>
        Json(new JsonObject { ["message"] = message ?? Retcodes.Describe(code), ["retcode"] = code }, statusCode)
            with { FailureCode = code };

    /// <summary>The answer to a path under the prefix that names no interface: HTTP 404 with 000-002.</summary>
    public static GatewayAnswer NoSuchInterface() =>
        Failure(Retcodes.InvalidParameter, StatusCodes.Status404NotFound, "No such interface.");

    /// <summary>The HTML error page of a servlet container, for a request that never reaches the JSON error handling.</summary>
    public static GatewayAnswer ErrorPage(int statusCode, string title, string detail) =>
        new(statusCode, "text/html;charset=UTF-8",
            $"<html><body><h1>HTTP Status {statusCode} - {title}</h1><p>{detail}</p></body></html>");

    /// <summary>The state-change and sign-out success: <c>{"result":{},"message":"success","retcode":"0"}</c>.</summary>
    public static GatewayAnswer EmptyResult() =>
        Json(new JsonObject { ["result"] = new JsonObject(), ["message"] = "success", ["retcode"] = Retcodes.Success });

    public GatewayAnswer WithHeader(string name, string value) => this with { Headers = [.. Headers, new(name, value)] };

    /// <summary>The answer with Set-GUID for a Guid issued at sign-in or, <paramref name="rotated"/>, on rotation.</summary>
    public GatewayAnswer WithSetGuid(string guid, GatewaySettings settings, bool rotated) =>
        settings.Faults.SetGuidHeader("JSESSIONID=" + guid, guid, rotated) is { } header ? WithHeader("Set-GUID", header) : this;

    /// <summary>The answer with its body, a JSON object, edited.</summary>
    public GatewayAnswer WithJson(Action<JsonObject> edit)
    {
        var body = JsonNode.Parse(Body)!.AsObject();
        edit(body);
        return this with { Body = body.ToJsonString() };
    }

    /// <summary>The business failure with another retcode.</summary>
    public GatewayAnswer WithRetcode(string retcode) => WithJson(body => body["retcode"] = retcode) with { FailureCode = retcode };

    public async Task WriteAsync(HttpResponse response)
    {
        var bytes = Encoding.UTF8.GetBytes(Body);
        response.StatusCode = StatusCode;
        response.ContentType = ContentType;
        response.ContentLength = bytes.Length;
        foreach (var header in Headers)
        {
            response.Headers.Append(header.Key, header.Value);
        }

        await response.Body.WriteAsync(bytes, response.HttpContext.RequestAborted).ConfigureAwait(false);
    }
}
