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
    public const string SignInInvalidParameter = "100-011";
    public const string WrongAgentType = "100-012";

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
        _ => "Failure.",
    };
}
