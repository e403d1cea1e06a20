namespace AgentGateway.Conformance.Cli;

/// <summary>
/// How the user started the suite, for its help and its messages: <c>agw-conformance</c> when it runs as the installed
/// .NET tool, <c>./run.sh</c> when it runs from a clone.
/// </summary>
public static class CommandName
{
    /// <summary>The command of the .NET tool (<c>ToolCommandName</c> of the suite's project).</summary>
    public const string Tool = "agw-conformance";

    /// <summary>The script of a clone.</summary>
    public const string Script = "./run.sh";

    /// <summary>The command this process was started as.</summary>
    public static string Current { get; } = Of(Environment.ProcessPath);

    /// <summary>The command a process started as <paramref name="processPath"/> names itself by.</summary>
    public static string Of(string? processPath) =>
        string.Equals(Path.GetFileNameWithoutExtension(processPath), Tool, StringComparison.Ordinal) ? Tool : Script;
}
