using System.Diagnostics;
using AgentGateway.Conformance.Configuration;
using AgentGateway.Reference;
using AgentGateway.Reference.Calls;

namespace AgentGateway.Conformance.Tests.Support;

/// <summary>
/// A reference gateway on a socket of its own, as a vendor's gateway would be: four agents with their passwords, its
/// certificate as a PEM file for the suite to trust, and what it holds right now, read from its own state: which
/// agents are signed in and which of them are in a call.
/// </summary>
internal sealed class StandaloneGateway : IAsyncDisposable
{
    public static readonly IReadOnlyList<AgentCredentials> Agents =
    [
        new("20001", "Pa55-one", "20001"), new("20002", "Pa55-two", "20002"),
        new("20003", "Pa55-three", "20003"), new("20004", "Pa55-four", "20004"),
    ];

    private StandaloneGateway(ReferenceGateway gateway, string caFile)
    {
        Gateway = gateway;
        CaFile = caFile;
    }

    public ReferenceGateway Gateway { get; }

    /// <summary>The gateway's certificate as a PEM file, for <c>--ca-cert</c>.</summary>
    public string CaFile { get; }

    public Uri BaseUri => Gateway.BaseUri;

    /// <summary>The agents as <c>--agents</c> takes them: <c>ID:PASSWORD</c>, comma-separated.</summary>
    public static string AgentsOption => string.Join(',', Agents.Select(a => $"{a.Id}:{a.Password}"));

    public static async Task<StandaloneGateway> StartAsync()
    {
        var options = new ReferenceGatewayOptions();
        foreach (var agent in Agents)
        {
            options.AgentPasswords[agent.Id] = agent.Password;
        }

        var gateway = await ReferenceGateway.StartAsync(options);
        var caFile = Path.Combine(Path.GetTempPath(), $"agw-ca-{Guid.NewGuid():N}.pem");
        await File.WriteAllTextAsync(caFile, gateway.ExportCertificatePem());
        return new StandaloneGateway(gateway, caFile);
    }

    /// <summary>The agents with a session that has not ended.</summary>
    public IReadOnlyList<string> SignedIn() => [.. Sessions().Select(s => s.AgentId)];

    /// <summary>Each agent in a call, with the phase of its part in it: "20001 Talking", "20002 Ringing".</summary>
    public IReadOnlyList<string> InCalls() => [.. Sessions().Where(s => s.Phase is not null).Select(s => $"{s.AgentId} {s.Phase}")];

    /// <summary>Polls until both parties of some call talk to each other (true) or <paramref name="within"/> has passed (false).</summary>
    public async Task<bool> TalkingCallAsync(TimeSpan within)
    {
        var started = Stopwatch.GetTimestamp();
        while (Sessions().Count(s => s.Phase == CallPhase.Talking) < 2)
        {
            if (Stopwatch.GetElapsedTime(started) > within)
            {
                return false;
            }

            await Task.Delay(20);
        }

        return true;
    }

    public async ValueTask DisposeAsync()
    {
        await Gateway.DisposeAsync();
        File.Delete(CaFile);
    }

    /// <summary>The live sessions and the phase of each one's call, read under the gateway's locks in the gateway's order.</summary>
    private List<(string AgentId, CallPhase? Phase)> Sessions()
    {
        var calls = Gateway.Handler.Registry.Calls;
        var sessions = new List<(string, CallPhase?)>();
        foreach (var slot in Gateway.Handler.Registry.Slots)
        {
            lock (slot.Gate)
            {
                lock (calls.Gate)
                {
                    if (slot.Session is { Ended: false } session)
                    {
                        sessions.Add((session.AgentId, session.Call?.Phase));
                    }
                }
            }
        }

        return sessions;
    }
}
