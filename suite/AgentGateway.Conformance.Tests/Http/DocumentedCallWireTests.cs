using System.Collections.Concurrent;
using AgentGateway.Conformance.Agents;
using AgentGateway.Conformance.Configuration;
using AgentGateway.Conformance.Http;
using AgentGateway.Conformance.Tests.Support;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Http;

/// <summary>
/// Each documented call RestSharp composes puts on the wire, and in the record, exactly what the raw request of the
/// same route sends: path, headers and body, and no header of RestSharp's own (Accept, User-Agent).
/// </summary>
[TestFixture]
public sealed class DocumentedCallWireTests
{
    private const string Id = "41001";
    private const string AgentGuid = "0f0e0d0c-aaaa-bbbb-cccc-000000000001.AgentGateway0";
    private static readonly AgentCredentials Agent = new(Id, "Pa55-one", "41001");

    private static IEnumerable<TestCaseData> Calls()
    {
        yield return Case("sign_in", a => a.SignInAsync(Agent, "p"), SignIn(Routes.SignIn(Id)));
        yield return Case("forced_sign_in", a => a.ForceLoginAsync(Agent, "p"), SignIn(Routes.ForceLogin(Id)));
        yield return Case("sign_out", a => a.SignOutAsync(Id, AgentGuid, "p"), Raw(HttpMethod.Delete, Routes.SignOut(Id)));
        yield return Case("sync", a => a.SyncAsync(Id, AgentGuid, "p"), Raw(HttpMethod.Post, Routes.Sync(Id)));
        yield return Case("poll", a => a.PollAsync(Id, AgentGuid, "p", TimeSpan.FromSeconds(5)), Raw(HttpMethod.Get, Routes.Poll(Id)));
        yield return Case("agentstatus", a => a.AgentStatusAsync(Id, AgentGuid, "p"), Raw(HttpMethod.Get, Routes.AgentStatus(Id)));
        yield return Case("say_busy", a => a.SayBusyAsync(Id, AgentGuid, 205, "p"), Raw(HttpMethod.Post, Routes.SayBusy(Id, 205)));
        yield return Case("say_free", a => a.SayFreeAsync(Id, AgentGuid, "p"), Raw(HttpMethod.Post, Routes.SayFree(Id)));
        yield return Case("rest", a => a.RestAsync(Id, AgentGuid, 600, 3, "p"), Raw(HttpMethod.Post, Routes.Rest(Id, 600, 3)));
        yield return Case("cancel_rest", a => a.CancelRestAsync(Id, AgentGuid, "p"), Raw(HttpMethod.Post, Routes.CancelRest(Id)));
        yield return Case("work", a => a.WorkAsync(Id, AgentGuid, "p"), Raw(HttpMethod.Post, Routes.Work(Id)));
        yield return Case("callinner", a => a.CallInnerAsync(Id, AgentGuid, "41002", "p"), Called(Routes.CallInner(Id), "41002"));
        yield return Case("callout", a => a.CallOutAsync(Id, AgentGuid, "88001", "p"), Called(Routes.CallOut(Id), "88001"));
        yield return Case("hold", a => a.HoldAsync(Id, AgentGuid, "p"), Raw(HttpMethod.Post, Routes.Hold(Id)));
        yield return Case("gethold", a => a.UnholdAsync(Id, AgentGuid, "1700000000-42", "p"), Raw(HttpMethod.Post, Routes.Unhold(Id, "1700000000-42")));
        yield return Case("release", a => a.ReleaseAsync(Id, AgentGuid, "p"), Raw(HttpMethod.Delete, Routes.Release(Id)));
        yield return Case("autoanswer", a => a.AutoAnswerAsync(Id, AgentGuid, on: true, "p"), Raw(HttpMethod.Post, Routes.AutoAnswer(Id, on: true)));
        yield return Case(
            "autoenteridle", a => a.AutoEnterIdleAsync(Id, AgentGuid, on: false, "p"), Raw(HttpMethod.Post, Routes.AutoEnterIdle(Id, on: false)));
    }

    private static TestCaseData Case(string call, Func<AgentGatewayApi, Task<GatewayResponse>> typed, GatewayRequest raw) =>
        new TestCaseData(typed, raw).SetName($"The_{call}_call_sends_and_records_what_the_raw_request_of_its_route_sends");

    private static GatewayRequest SignIn(string path) => new(HttpMethod.Put, path, "p") { Body = AgentSession.SignInBody(Agent) };

    private static GatewayRequest Called(string path, string called) =>
        new GatewayRequest(HttpMethod.Put, path, "p") { Body = $$"""{"called":"{{called}}"}""" }.WithHeader("Guid", AgentGuid);

    private static GatewayRequest Raw(HttpMethod method, string path) =>
        new GatewayRequest(method, path, "p").WithHeader("Guid", AgentGuid);

    [TestCaseSource(nameof(Calls))]
    public async Task Sends_and_records_what_the_raw_request_sends(Func<AgentGatewayApi, Task<GatewayResponse>> typed, GatewayRequest raw)
    {
        var heads = new ConcurrentQueue<string>();
        await using var server = DocumentedCallTests.Answering(heads, _ => TestTarget.Answer(200, """{"message":"","retcode":"0"}"""));
        await using var target = await TestTarget.ResolveAsync(server.BaseUri);
        var log = new ExchangeLog();
        var client = target.NewClient(log);

        var sentRaw = await client.SendAsync(raw);
        var sentTyped = await typed(new AgentGatewayApi(client));

        heads.Should().HaveCount(2);
        heads.Last().Should().Be(heads.First(), "the typed call puts the raw request's bytes on the wire");
        heads.Last().Should().NotContainAny("Accept", "User-Agent");
        var (recordedRaw, recordedTyped) = (log.Exchanges[0], log.Exchanges[1]);
        recordedTyped.Should().BeEquivalentTo(
            recordedRaw,
            o => o.Excluding(e => e.Sequence).Excluding(e => e.LatencyMilliseconds));
        recordedTyped.RequestHeaders.Should().Equal(recordedRaw.RequestHeaders);
        sentTyped.Body.Should().Be(sentRaw.Body);
    }
}
