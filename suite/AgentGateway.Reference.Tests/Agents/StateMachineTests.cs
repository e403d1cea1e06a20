using AgentGateway.Reference.Agents;

namespace AgentGateway.Reference.Tests.Agents;

public class StateMachineTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static SignedInAgent SessionIn(AgentState state) => new("41001", 1, "g", state, "", Start);

    [TestCase("Idle", "SayBusy", "Busy", "AgentState_SetNotReady_Success")]
    [TestCase("Busy", "SayBusy", "Busy", "AgentState_SetNotReady_Success")]
    [TestCase("WrapUp", "SayBusy", "Busy", "AgentState_SetNotReady_Success")]
    [TestCase("Busy", "SayFree", "Idle", "AgentState_CancelNotReady_Success")]
    [TestCase("WrapUp", "SayFree", "Idle", "AgentState_CancelWork_Success")]
    [TestCase("Busy", "CancelBusy", "Idle", "AgentState_CancelNotReady_Success")]
    [TestCase("Idle", "Rest", "Rest", "AgentState_SetRest_Success")]
    [TestCase("Busy", "Rest", "Rest", "AgentState_SetRest_Success")]
    [TestCase("Rest", "CancelRest", "Idle", "AgentState_CancelRest_Success")]
    [TestCase("Idle", "Work", "WrapUp", "AgentState_SetWork_Success")]
    [TestCase("Busy", "Work", "WrapUp", "AgentState_SetWork_Success")]
    [TestCase("WrapUp", "CancelWork", "Idle", "AgentState_CancelWork_Success")]
    public void An_allowed_change_moves_the_state_and_queues_its_event(string from, string command, string to, string eventType)
    {
        var session = SessionIn(Enum.Parse<AgentState>(from));

        StateMachine.TryApply(session, Enum.Parse<StateCommand>(command), 0, Start.AddSeconds(5)).Should().BeTrue();

        session.State.Should().Be(Enum.Parse<AgentState>(to));
        session.Events.Snapshot().Select(e => e.EventType).Should().Equal(eventType);
    }

    [TestCase("Idle", "SayFree")]
    [TestCase("Idle", "CancelBusy")]
    [TestCase("Idle", "CancelRest")]
    [TestCase("Idle", "CancelWork")]
    [TestCase("Rest", "SayBusy")]
    [TestCase("Rest", "Rest")]
    [TestCase("Rest", "Work")]
    [TestCase("Rest", "SayFree")]
    [TestCase("WrapUp", "Rest")]
    [TestCase("WrapUp", "Work")]
    [TestCase("Busy", "CancelRest")]
    public void A_change_not_allowed_in_the_state_changes_nothing_and_queues_nothing(string from, string command)
    {
        var session = SessionIn(Enum.Parse<AgentState>(from));

        StateMachine.TryApply(session, Enum.Parse<StateCommand>(command), 0, Start.AddSeconds(5)).Should().BeFalse();

        session.State.Should().Be(Enum.Parse<AgentState>(from));
        session.LastState.Should().Be(255);
        session.StateBeganAt.Should().Be(Start);
        session.Events.Count.Should().Be(0);
    }

    [Test]
    public void LastState_is_255_until_the_first_transition_then_the_state_before_the_latest()
    {
        var session = SessionIn(AgentState.Idle);
        session.LastState.Should().Be(255);

        StateMachine.TryApply(session, StateCommand.SayBusy, 0, Start.AddSeconds(1));
        session.LastState.Should().Be((int)AgentState.Idle);

        StateMachine.TryApply(session, StateCommand.Rest, 3, Start.AddSeconds(2));
        session.LastState.Should().Be((int)AgentState.Busy);
        session.StateBeganAt.Should().Be(Start.AddSeconds(2));
    }

    [Test]
    public void Saying_busy_again_renews_the_reason_without_a_transition()
    {
        var session = SessionIn(AgentState.Idle);
        StateMachine.TryApply(session, StateCommand.SayBusy, 201, Start.AddSeconds(1));

        StateMachine.TryApply(session, StateCommand.SayBusy, 202, Start.AddSeconds(2));

        session.LastState.Should().Be((int)AgentState.Idle);
        session.StateBeganAt.Should().Be(Start.AddSeconds(1));
        session.Events.Snapshot().Select(e => e.Content!["reason"]!.GetValue<string>()).Should().Equal("201", "202");
    }

    [TestCase("Idle", new[] { "AgentOther_InService", "AgentState_Ready" })]
    [TestCase("Busy", new[] { "AgentOther_InService", "AgentState_Ready", "AgentState_SetNotReady_Success" })]
    [TestCase("WrapUp", new[] { "AgentOther_InService", "AgentState_Ready", "AgentState_Work" })]
    public void Sign_in_queues_the_documented_events_for_its_status(string initial, string[] expected)
    {
        StateMachine.SignInEvents(Enum.Parse<AgentState>(initial), Start).Select(e => e.EventType).Should().Equal(expected);
    }
}
