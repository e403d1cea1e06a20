namespace AgentGateway.Conformance.Tests.Support;

/// <summary>The checkout the tests were built from: the folder above the test assembly that holds the solution.</summary>
internal static class Repository
{
    /// <summary>The checkout's root folder; throws when the tests run outside a checkout.</summary>
    public static string Root => Find() ?? throw new DirectoryNotFoundException(
        "The repository root (AgentGateway.Conformance.sln) is not above the test assembly.");

    /// <summary>A path below (or, with "..", beside) the checkout's root.</summary>
    public static string File(params string[] parts) => Path.GetFullPath(Path.Combine([Root, .. parts]));

    /// <summary>The root, or null outside a checkout.</summary>
    public static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "AgentGateway.Conformance.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
