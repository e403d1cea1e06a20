using System.Globalization;
using AgentGateway.Reference.Tests.Support;

namespace AgentGateway.Reference.Tests.Faults;

public class ConsistencyFaultTests
{
    [TestCase(false, "41001")]
    [TestCase(true, "40038")]
    [FaultTest(GatewayFault.WorkNumberMismatch)]
    public async Task Worknumber_mismatch_reports_the_phone_number_as_workNo(bool faulty, string workNo)
    {
        using var gateway = faulty ? InMemoryGateway.WithFaults(GatewayFault.WorkNumberMismatch) : InMemoryGateway.Create();
        var guid = await gateway.SignInAsync();

        var sync = await gateway.SyncAsync("41001", guid);

        sync.StateInfo!["workNo"]!.GetValue<string>().Should().Be(workNo);
    }

    [Test]
    [FaultTest(GatewayFault.WorkNumberMismatch)]
    public async Task Worknumber_mismatch_reports_0_when_the_phone_number_is_the_agent_id()
    {
        using var gateway = InMemoryGateway.WithFaults(GatewayFault.WorkNumberMismatch);
        var signIn = await gateway.SignInRawAsync("41001", """{"password":"","phonenum":"41001"}""");

        var sync = await gateway.SyncAsync("41001", signIn.SetGuid);

        sync.StateInfo!["workNo"]!.GetValue<string>().Should().Be("0");
    }

    [TestCase("saybusy", false, 4)]
    [TestCase("saybusy", true, 1)]
    [TestCase("work", false, 2)]
    [TestCase("work", true, 1)]
    [TestCase("rest/60/1", false, 3)]
    [TestCase("rest/60/1", true, 1)]
    [FaultTest(GatewayFault.StateNotUpdated)]
    public async Task State_not_updated_reports_idle_whatever_the_state(string action, bool faulty, int state)
    {
        using var gateway = faulty ? InMemoryGateway.WithFaults(GatewayFault.StateNotUpdated) : InMemoryGateway.Create();
        var guid = await gateway.SignInAsync();
        (await gateway.ActAsync("41001", guid, action)).Retcode.Should().Be("0");

        var sync = await gateway.SyncAsync("41001", guid);

        sync.StateInfo!["state"]!.GetValue<int>().Should().Be(state);
    }

    [TestCase(false, 4)]
    [TestCase(true, 255)]
    [FaultTest(GatewayFault.LastStateNotTracked)]
    public async Task Laststate_not_tracked_keeps_lastState_255_after_state_changes(bool faulty, int lastState)
    {
        using var gateway = faulty ? InMemoryGateway.WithFaults(GatewayFault.LastStateNotTracked) : InMemoryGateway.Create();
        var guid = await gateway.SignInAsync();
        (await gateway.ActAsync("41001", guid, "saybusy")).Retcode.Should().Be("0");
        (await gateway.ActAsync("41001", guid, "sayfree")).Retcode.Should().Be("0");

        var sync = await gateway.SyncAsync("41001", guid);

        sync.StateInfo!["state"]!.GetValue<int>().Should().Be(1);
        sync.StateInfo!["lastState"]!.GetValue<int>().Should().Be(lastState);
    }

    [TestCase(false, 0)]
    [TestCase(true, 10)]
    [FaultTest(GatewayFault.ClockSkew)]
    public async Task Clock_skew_reports_currentTime_ten_minutes_behind(bool faulty, int minutesBehind)
    {
        using var gateway = faulty ? InMemoryGateway.WithFaults(GatewayFault.ClockSkew) : InMemoryGateway.Create();
        var guid = await gateway.SignInAsync();
        gateway.Time.Advance(TimeSpan.FromSeconds(30));

        var sync = await gateway.SyncAsync("41001", guid);

        var expected = gateway.Time.GetUtcNow().AddMinutes(-minutesBehind).ToUnixTimeMilliseconds();
        sync.StateInfo!["currentTime"]!.GetValue<string>().Should().Be(expected.ToString(CultureInfo.InvariantCulture));
    }

    [TestCase(false)]
    [TestCase(true)]
    [FaultTest(GatewayFault.StateBeginTimeNotUpdated)]
    public async Task State_begin_time_not_updated_keeps_the_sign_in_time_after_a_state_change(bool faulty)
    {
        using var gateway = faulty ? InMemoryGateway.WithFaults(GatewayFault.StateBeginTimeNotUpdated) : InMemoryGateway.Create();
        var guid = await gateway.SignInAsync();
        var signedIn = gateway.Time.GetUtcNow();
        gateway.Time.Advance(TimeSpan.FromSeconds(30));
        (await gateway.ActAsync("41001", guid, "saybusy")).Retcode.Should().Be("0");
        var busy = gateway.Time.GetUtcNow();
        gateway.Time.Advance(TimeSpan.FromSeconds(5));

        var sync = await gateway.SyncAsync("41001", guid);

        sync.StateInfo!["agentStateBeginTime"]!.GetValue<string>().Should().Be(Milliseconds(faulty ? signedIn : busy));
    }

    [TestCase(false)]
    [TestCase(true)]
    [FaultTest(GatewayFault.StateBeginTimeIsNow)]
    public async Task State_begin_time_is_now_stamps_each_sync_with_its_own_time(bool faulty)
    {
        using var gateway = faulty ? InMemoryGateway.WithFaults(GatewayFault.StateBeginTimeIsNow) : InMemoryGateway.Create();
        var guid = await gateway.SignInAsync();
        (await gateway.ActAsync("41001", guid, "saybusy")).Retcode.Should().Be("0");
        var busy = gateway.Time.GetUtcNow();
        gateway.Time.Advance(TimeSpan.FromSeconds(5));
        var first = await gateway.SyncAsync("41001", guid);
        gateway.Time.Advance(TimeSpan.FromSeconds(5));

        var second = await gateway.SyncAsync("41001", guid);

        first.StateInfo!["agentStateBeginTime"]!.GetValue<string>().Should().Be(Milliseconds(faulty ? busy.AddSeconds(5) : busy));
        second.StateInfo!["agentStateBeginTime"]!.GetValue<string>().Should().Be(Milliseconds(faulty ? busy.AddSeconds(10) : busy));
    }

    [TestCase("saybusy", false, false)]
    [TestCase("saybusy", true, true)]
    [TestCase("work", true, false)]
    [FaultTest(GatewayFault.PreBusyWhileBusy)]
    public async Task Pre_busy_while_busy_reports_preBusy_true_in_the_busy_state(string action, bool faulty, bool preBusy)
    {
        using var gateway = faulty ? InMemoryGateway.WithFaults(GatewayFault.PreBusyWhileBusy) : InMemoryGateway.Create();
        var guid = await gateway.SignInAsync();
        (await gateway.ActAsync("41001", guid, action)).Retcode.Should().Be("0");

        var sync = await gateway.SyncAsync("41001", guid);

        sync.StateInfo!["preBusy"]!.GetValue<bool>().Should().Be(preBusy);
    }

    [TestCase("sayfree", false, 0)]
    [TestCase("sayfree", true, 30)]
    [TestCase("cancelrest", false, 0)]
    [TestCase("cancelrest", true, 31)]
    [FaultTest(GatewayFault.CurCommandKept)]
    public async Task Curcommand_kept_reports_the_command_of_the_state_the_agent_left(string leave, bool faulty, int command)
    {
        using var gateway = faulty ? InMemoryGateway.WithFaults(GatewayFault.CurCommandKept) : InMemoryGateway.Create();
        var guid = await gateway.SignInAsync();
        (await gateway.ActAsync("41001", guid, leave == "sayfree" ? "saybusy" : "rest/60/1")).Retcode.Should().Be("0");
        (await gateway.ActAsync("41001", guid, leave)).Retcode.Should().Be("0");

        var sync = await gateway.SyncAsync("41001", guid);

        sync.StateInfo!["state"]!.GetValue<int>().Should().Be(1);
        sync.StateInfo!["curCommand"]!.GetValue<int>().Should().Be(command);
    }

    private static string Milliseconds(DateTimeOffset time) => time.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
}
