using AgentGateway.Conformance.Configuration;
using AgentGateway.Conformance.Http;
using AgentGateway.Conformance.Target;

namespace AgentGateway.Conformance.Tests.Support;

/// <summary>
/// A <see cref="GatewayTarget"/> resolved as the suite resolves a real gateway, pointed at a <see cref="SocketServer"/>
/// and trusting its certificate from a PEM file. Budgets are generous (a loaded machine may take a while for a TLS
/// handshake); a test of a timeout sets its own short one.
/// </summary>
internal static class TestTarget
{
    public const string SyncPath = "agentgateway/resource/onlineagent/41001/syncagentinfo";

    private static readonly Lazy<string> CaFile = new(() =>
    {
        var path = SocketServer.WriteCertificatePem();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
        return path;
    });

    public static Task<GatewayTarget> ResolveAsync(Uri baseUri, Func<SuiteSettings, SuiteSettings>? adjust = null)
    {
        var settings = new SuiteSettings
        {
            Target = baseUri,
            CaCertificateFile = CaFile.Value,
            RequestTimeout = TimeSpan.FromSeconds(5),
            LongPollBudget = TimeSpan.FromSeconds(5),
            Agents = [new AgentCredentials("41001", "Pa55-one", "41001"), new AgentCredentials("41002", "Pa55-two", "41002")],
        };
        return GatewayTarget.ResolveAsync(adjust is null ? settings : adjust(settings), TimeProvider.System);
    }

    /// <summary>A sync as the checks send it, with a made-up Guid.</summary>
    public static GatewayRequest Sync(string purpose = "sync") =>
        new GatewayRequest(HttpMethod.Post, SyncPath, purpose).WithHeader("Guid", "0f0e0d0c-aaaa-bbbb-cccc-000000000001.AgentGateway0");

    /// <summary>An answer head and body as a gateway writes them.</summary>
    public static string Answer(int status, string body, string extraHeaders = "") =>
        $"HTTP/1.1 {status} X\r\nContent-Type: application/json;charset=UTF-8\r\n"
        + $"Content-Length: {System.Text.Encoding.UTF8.GetByteCount(body)}\r\n{extraHeaders}\r\n{body}";
}
