namespace AgentGateway.Reference;

/// <summary>
/// A deliberate deviation the reference gateway can ship with, so that the conformance suite can be shown to catch it.
/// <see cref="GatewayFaults.All"/> describes each one.
/// </summary>
public enum GatewayFault
{
    GuidNotEnforced,
    OtherAgentGuidAccepted,
    OldSessionGuidAccepted,
    GuidCaseSensitive,
    AgentIdAccepts100,
    AgentIdAccepts60000,
    AgentIdRefuses101,
    AgentIdRefuses59999,
    RetcodeAsNumber,
    SuccessOnFailure,
    NonJsonError,
    ServerErrorOnBadInput,
    MissingField,
    WrongTypeField,
    ContentTypeNotJson,
    ExampleStyleTypes,
    StateOutOfTable,
    LastStateOutOfTable,
    CallFeatureOutOfTable,
    TalkingCallFeatureOutOfTable,
    CurCommandOutOfTable,
    WorkNumberMismatch,
    StateNotUpdated,
    LastStateNotTracked,
    ClockSkew,
    QueueNotCleared,
    QueuePartlyCleared,
    SyncQueuesEvent,
    OtherAgentQueueCleared,
    SessionDroppedAfterSync,
    RefusedSyncClearsQueue,
    SyncAnswersOtherMethods,
    SetGuidNotSent,
    CharsetRefused,
    MissingContentTypeServerError,
    NonJsonContentTypePage,
    GuidRefusalAsHttp401,
    RetcodeWithoutDash,
    UndocumentedRetcode,
    FailureCarriesState,
}
