using System.Reflection;

namespace AgentGateway.Conformance.Certification;

/// <summary>
/// Which build of the suite is running: the SDK writes the git commit it was built from after a '+' in the assembly's
/// informational version (SourceRevisionId), so a package names the exact source that judged the gateway.
/// </summary>
public static class SuiteBuild
{
    /// <summary>The commit's full hash, or "unknown" when the suite was built outside a git repository.</summary>
    public static string SourceRevision => RevisionOf(
        typeof(SuiteBuild).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion);

    /// <summary>What follows the '+' of <paramref name="informationalVersion"/>, or "unknown" when nothing does.</summary>
    public static string RevisionOf(string? informationalVersion) =>
        informationalVersion?.IndexOf('+', StringComparison.Ordinal) is { } plus and >= 0 && plus + 1 < informationalVersion.Length
            ? informationalVersion[(plus + 1)..]
            : "unknown";
}
