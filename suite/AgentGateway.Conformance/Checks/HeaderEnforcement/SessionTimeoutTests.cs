using AgentGateway.Conformance.Configuration;
using AgentGateway.Conformance.Harness;
using AgentGateway.Conformance.Requirements;
using NUnit.Framework;

namespace AgentGateway.Conformance.Checks.HeaderEnforcement;

/// <summary>
/// An agent that makes no request for the session timeout (MAXTIME) is signed out, and is then an agent not signed in.
/// The wait takes minutes on a real gateway: these checks belong to the opt-in group slow.
/// </summary>
[TestFixture]
public sealed class SessionTimeoutTests : ConformanceTest
{
    [Test]
    [OptIn(CheckGroups.Slow)]
    [Requirement(Req.HeaderEnforcement.Auth012, Req.HeaderEnforcement.Auth013)]
    public async Task Refuses_sync_for_an_agent_whose_session_timed_out()
    {
        var agent = await SignInAsync();
        var timeout = Settings.SessionTimeout;
        var wait = timeout + Grace(timeout);
        await Task.Delay(wait, Time, Interruption);

        var response = await agent.SyncAsync(
            $"sync after {wait.TotalSeconds:0.#} s without any request (session timeout {timeout.TotalSeconds:0.#} s)");
        MustNotSucceed(Req.HeaderEnforcement.Auth012, response, "a sync for an agent whose session timed out");
        Should(Req.HeaderEnforcement.Auth013, response.Retcode == "100-006", "retcode 100-006", response.Summary);
    }

    /// <summary>
    /// How long past the timeout the suite waits, for a gateway that ends idle sessions in sweeps rather than at once:
    /// a quarter of the timeout, at least 2 s and at most 30 s.
    /// </summary>
    private static TimeSpan Grace(TimeSpan timeout) =>
        TimeSpan.FromTicks(Math.Clamp(timeout.Ticks / 4, TimeSpan.TicksPerSecond * 2, TimeSpan.TicksPerSecond * 30));
}
