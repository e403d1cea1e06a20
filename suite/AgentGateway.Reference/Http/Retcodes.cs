namespace AgentGateway.Reference.Http;

/// <summary>The documented result codes the gateway answers with, and a description of each for the message field.</summary>
internal static class Retcodes
{
    public const string Success = "0";
    public const string InvalidParameter = "000-002";
    public const string NoPermission = "000-003";
    public const string MessageParameterError = "000-006";
    public const string SignInParameterInvalid = "100-001";
    public const string AlreadySignedIn = "100-002";
    public const string WrongPassword = "100-004";
    public const string NotSignedIn = "100-006";
    public const string OperationFailed = "100-007";
    public const string StateChangeFailed = "100-009";
    public const string SignOutStateError = "100-010";
    public const string SignInInvalidParameter = "100-011";
    public const string WrongAgentType = "100-012";

    // The 200-xxx codes of the call operations: those the voicecall pages list (200-002, 200-014, 200-017), and the
    // others as Huawei's own agent client names them.
    public const string NoCallToAnswer = "200-002";
    public const string NoCallToHold = "200-005";
    public const string HoldStateError = "200-014";
    public const string NoCallToUnhold = "200-015";
    public const string NoCallToRelease = "200-017";

    public static string Describe(string code) => code switch
    {
        InvalidParameter => "The parameter or address in the URL is wrong, or a parameter is invalid.",
        NoPermission => "No permission to call the interface: the Guid is missing, unknown or expired.",
        MessageParameterError => "The message body is invalid.",
        SignInParameterInvalid => "The sign-in parameter is empty or invalid.",
        AlreadySignedIn => "The agent has already signed in.",
        WrongPassword => "Wrong user name or password.",
        NotSignedIn => "The agent has not signed in.",
        OperationFailed => "An exception occurred during the agent operation.",
        StateChangeFailed => "Setting the agent state failed: the change is not allowed in the current state.",
        SignInInvalidParameter => "Invalid parameter at sign-in.",
        WrongAgentType => "Wrong agent type at sign-in.",
        SignOutStateError => "The agent cannot sign out in its state: it is in a call.",
        NoCallToAnswer => "There is no call to answer.",
        NoCallToHold => "There is no call to hold.",
        HoldStateError => "The call cannot be held in its state.",
        NoCallToUnhold => "There is no held call to take back.",
        NoCallToRelease => "There is no call to end.",
        _ => "Failure.",
    };
}
