namespace AgentGateway.Reference;

/// <summary>
/// The catalogue of fault modes: for each <see cref="GatewayFault"/> its command-line name, what it does and the
/// requirement area it breaks. Every area of the conformance suite has at least one fault.
/// </summary>
public static class GatewayFaults
{
    /// <summary>Every fault mode, in declaration order of <see cref="GatewayFault"/>.</summary>
    public static IReadOnlyList<FaultDescriptor> All { get; } =
    [
        new(GatewayFault.GuidNotEnforced, "guid-not-enforced",
            "Calls of a signed-in agent succeed whatever the Guid header says, even when it is missing or unknown.", "HeaderEnforcement"),
        new(GatewayFault.OtherAgentGuidAccepted, "other-agent-guid-accepted",
            "A Guid issued to another agent is accepted as if it were this agent's.", "HeaderEnforcement"),
        new(GatewayFault.OldSessionGuidAccepted, "old-session-guid-accepted",
            "A Guid of an earlier session of the same agent is still accepted after sign-out and sign-in.", "HeaderEnforcement"),
        new(GatewayFault.GuidCaseSensitive, "guid-case-sensitive",
            "Only a header named exactly 'Guid' is read; 'guid' or 'GUID' count as missing.", "HeaderEnforcement"),
        new(GatewayFault.AgentIdAccepts100, "agent-id-accepts-100",
            "Agent ID 100, one below the documented range, is accepted like a valid ID.", "AgentIdBounds"),
        new(GatewayFault.AgentIdAccepts60000, "agent-id-accepts-60000",
            "The agent ID one above the edition's upper edge (60000, or 1000000 in edition 2025) is accepted.", "AgentIdBounds"),
        new(GatewayFault.AgentIdRefuses101, "agent-id-refuses-101",
            "Agent ID 101, the lower edge of the range, is refused with 000-002.", "AgentIdBounds"),
        new(GatewayFault.AgentIdRefuses59999, "agent-id-refuses-59999",
            "The edition's upper edge (59999, or 999999 in edition 2025) is refused with 000-002.", "AgentIdBounds"),
        new(GatewayFault.RetcodeAsNumber, "retcode-as-number",
            "A successful syncagentinfo answers retcode as the JSON number 0 instead of the string \"0\".", "RetcodeSemantics"),
        new(GatewayFault.SuccessOnFailure, "success-on-failure",
            "Business failures of syncagentinfo carry retcode \"0\" with the failure only in the message.", "RetcodeSemantics"),
        new(GatewayFault.NonJsonError, "non-json-error",
            "Business failures of syncagentinfo are plain text ('000-003 ...') instead of a JSON envelope.", "RetcodeSemantics"),
        new(GatewayFault.ServerErrorOnBadInput, "server-error-on-bad-input",
            "An agent ID that is not a number makes the gateway answer HTTP 500 with an HTML error page.", "RetcodeSemantics"),
        new(GatewayFault.MissingField, "missing-field",
            "agentStateInfo leaves out the curCommand field.", "SchemaConformance"),
        new(GatewayFault.WrongTypeField, "wrong-type-field",
            "agentStateInfo carries preBusy as the string \"false\" instead of a boolean.", "SchemaConformance"),
        new(GatewayFault.ContentTypeNotJson, "content-type-not-json",
            "A successful syncagentinfo is sent with Content-Type text/plain (a SHOULD-level deviation).", "SchemaConformance"),
        new(GatewayFault.ExampleStyleTypes, "example-style-types",
            "syncagentinfo copies the published example's types: null for empty strings and an integer agentStateBeginTime.",
            "SchemaConformance"),
        new(GatewayFault.StateOutOfTable, "state-out-of-table",
            "state is reported as 0 (the gateway table's 'unknown'), which is not a Table 3 value.", "Enumerations"),
        new(GatewayFault.LastStateOutOfTable, "laststate-out-of-table",
            "lastState is -1 instead of 255 while the agent has no previous state.", "Enumerations"),
        new(GatewayFault.CallFeatureOutOfTable, "callfeature-out-of-table",
            "callFeature is 1 (a 'call features' code) instead of a Table 6 value.", "Enumerations"),
        new(GatewayFault.TalkingCallFeatureOutOfTable, "talkingcallfeature-out-of-table",
            "talkingCallfeature is 40 (scheduled outbound from the global call-type list), which Table 6 lacks.", "Enumerations"),
        new(GatewayFault.CurCommandOutOfTable, "curcommand-out-of-table",
            "curCommand is 25, a value Table 7 does not define.", "Enumerations"),
        new(GatewayFault.WorkNumberMismatch, "worknumber-mismatch",
            "workNo carries the phone number the agent signed in with (\"0\" if none or equal) instead of the agent ID.",
            "Consistency"),
        new(GatewayFault.StateNotUpdated, "state-not-updated",
            "syncagentinfo always reports state 1 (idle), whatever state the agent is in.", "Consistency"),
        new(GatewayFault.LastStateNotTracked, "laststate-not-tracked",
            "lastState stays 255 after state changes.", "Consistency"),
        new(GatewayFault.ClockSkew, "clock-skew",
            "currentTime runs 10 minutes behind the real clock.", "Consistency"),
        new(GatewayFault.QueueNotCleared, "queue-not-cleared",
            "syncagentinfo leaves the agent's event queue as it is.", "QueueClearing"),
        new(GatewayFault.QueuePartlyCleared, "queue-partly-cleared",
            "syncagentinfo removes only the oldest queued event.", "QueueClearing"),
        new(GatewayFault.SyncQueuesEvent, "sync-queues-event",
            "syncagentinfo clears the queue but then queues an AgentState_Ready event re-announcing the state.", "QueueClearing"),
        new(GatewayFault.OtherAgentQueueCleared, "other-agent-queue-cleared",
            "syncagentinfo also clears the queues of every other signed-in agent.", "QueueClearing"),
        new(GatewayFault.SessionDroppedAfterSync, "session-dropped-after-sync",
            "The agent is signed out right after a successful syncagentinfo.", "QueueClearing"),
        new(GatewayFault.RefusedSyncClearsQueue, "refused-sync-clears-queue",
            "A syncagentinfo refused for a bad Guid still clears the agent's queue.", "QueueClearing"),
        new(GatewayFault.SyncAnswersOtherMethods, "sync-answers-other-methods",
            "GET, PUT, DELETE and PATCH on syncagentinfo behave like POST, clearing the queue.", "Methods"),
        new(GatewayFault.SetGuidNotSent, "set-guid-not-sent",
            "AUTHMODE 2 rotates the Guid but never sends the new one, so the old Guid expires after GuidTimeout.",
            "GuidRotation"),
        new(GatewayFault.CharsetRefused, "charset-refused",
            "A syncagentinfo whose Content-Type carries a charset parameter, as the documented one does, is refused with 000-006.",
            "HeaderEnforcement"),
        new(GatewayFault.MissingContentTypeServerError, "missing-content-type-server-error",
            "A syncagentinfo without a Content-Type header fails with HTTP 500 and an HTML error page.", "HeaderEnforcement"),
        new(GatewayFault.NonJsonContentTypePage, "non-json-content-type-page",
            "A syncagentinfo whose Content-Type is not JSON is answered HTTP 415 with an HTML error page.", "HeaderEnforcement"),
        new(GatewayFault.GuidRefusalAsHttp401, "guid-refusal-as-http-401",
            "A syncagentinfo refused for its Guid is answered HTTP 401, and one for an agent not signed in HTTP 403, with the JSON body.",
            "RetcodeSemantics"),
        new(GatewayFault.RetcodeWithoutDash, "retcode-without-dash",
            "Business failures of syncagentinfo carry the retcode without its dash (000003 for 000-003).", "RetcodeSemantics"),
        new(GatewayFault.UndocumentedRetcode, "undocumented-retcode",
            "A syncagentinfo refused for its Guid carries 100-099, a code no document lists, instead of 000-003.", "RetcodeSemantics"),
        new(GatewayFault.FailureCarriesState, "failure-carries-state",
            "A syncagentinfo refused for its Guid still carries the agent's result.agentStateInfo beside retcode 000-003.",
            "RetcodeSemantics"),
        new(GatewayFault.CallInfoAsObject, "callinfo-as-object",
            "result.callinfo is an empty JSON object instead of a string while the agent has no call.", "SchemaConformance"),
        new(GatewayFault.ExtraField, "extra-field",
            "agentStateInfo also carries vdnId, a field Table 5 does not list (a SHOULD-level deviation).", "SchemaConformance"),
        new(GatewayFault.EventWorkNoAsNumber, "event-workno-as-number",
            "Polled events carry workNo as a JSON number instead of a string.", "SchemaConformance"),
        new(GatewayFault.SignInWithoutResult, "sign-in-without-result",
            "A successful sign-in answers only message, retcode \"0\" and Set-GUID, leaving out the result object that names workno.",
            "SchemaConformance"),
        new(GatewayFault.OtherMethodsNotFound, "other-methods-not-found",
            "A method an interface does not support, such as GET on syncagentinfo, is answered HTTP 404 instead of 405 with Allow.",
            "Methods"),
        new(GatewayFault.SetGuidWithoutPrefix, "set-guid-without-prefix",
            "Set-GUID carries the bare Guid, without the documented JSESSIONID= prefix, at sign-in and on rotation.", "GuidRotation"),
    ];

    /// <summary>The descriptor of one fault.</summary>
    public static FaultDescriptor Describe(GatewayFault fault) => All.First(d => d.Fault == fault);

    /// <summary>The fault with this kebab-case name (case-insensitive); throws <see cref="ArgumentException"/> for an unknown name.</summary>
    public static GatewayFault Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var match = All.FirstOrDefault(d => string.Equals(d.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
        return match?.Fault ?? throw new ArgumentException($"Unknown fault '{name}'. Use --list-faults to see the names.", nameof(name));
    }
}
