using AgentGateway.Conformance.Http;
using AgentGateway.Conformance.Results;
using AgentGateway.Conformance.Tests.Support;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.RealTarget;

/// <summary>
/// The whole suite against a gateway that signs agents in and out and then never answers anything else: the run ends
/// after a couple of request timeouts instead of one per request, and its reports say why the checks were skipped.
/// </summary>
[TestFixture]
public sealed class StalledGatewayTests
{
    [Test]
    public async Task A_gateway_that_stops_answering_ends_the_run_after_a_few_timeouts()
    {
        await using var gateway = SocketServer.Start(async c =>
        {
            while (true)
            {
                var (head, _) = await c.ReadRequestAsync();
                if (head.StartsWith("PUT ", StringComparison.Ordinal))
                {
                    await c.SendAsync(TestTarget.Answer(
                        200, """{"message":"","retcode":"0","result":{}}""", $"Set-GUID: JSESSIONID={Guid.NewGuid()}.AgentGateway0\r\n"));
                }
                else if (head.StartsWith("DELETE ", StringComparison.Ordinal))
                {
                    await c.SendAsync(TestTarget.Answer(200, """{"message":"","retcode":"0"}"""));
                }
                else
                {
                    await c.StallAsync();
                }
            }
        });
        var ca = SocketServer.WriteCertificatePem();
        var started = TimeProvider.System.GetTimestamp();
        try
        {
            var outcome = await SuiteProcess.RunAsync(
            [
                "--target", gateway.BaseUri.ToString(), "--agents", "41001,41002,41003,41004", "--password", "pw", "--ca-cert", ca,
                "--request-timeout", "3s", "--long-poll-budget", "3s",
            ]);

            var elapsed = TimeProvider.System.GetElapsedTime(started);
            var exchanges = outcome.Results.Checks.SelectMany(c => c.Exchanges).ToList();
            TestContext.Out.WriteLine($"{elapsed.TotalSeconds:0.0} s, {exchanges.Count(e => e.Outcome.IsTimeout())} timeouts, "
                + $"{exchanges.Count(e => e.Outcome == TransportOutcome.NotSent)} requests not sent");
            outcome.Results.Verdict.Should().NotBe(Verdict.Conformant);
            elapsed.Should().BeLessThan(TimeSpan.FromSeconds(40), outcome.Output);
            exchanges.Count(e => e.Outcome.IsTimeout()).Should()
                .BeInRange(2, 8, "only requests already under way when the second timed out add to two");
            exchanges.Should().Contain(e => e.Outcome == TransportOutcome.NotSent);
            outcome.Results.Checks.Where(c => c.Status == CheckStatus.Skip).Should()
                .Contain(c => c.Message!.Contains("was not sent: the gateway stopped answering (", StringComparison.Ordinal));
            outcome.Results.Checks.Should().NotContain(c => c.Status == CheckStatus.Error, "a silent gateway is not the suite's error");
        }
        finally
        {
            File.Delete(ca);
        }
    }
}
