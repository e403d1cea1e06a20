using AgentGateway.Conformance.Results;

namespace AgentGateway.Conformance.Cli;

/// <summary>What <c>run.sh</c> exits with, so a CI gate can tell a broken gateway from a broken setup.</summary>
public static class ExitCodes
{
    public const int Conformant = 0;
    public const int NotConformant = 1;
    public const int ConfigurationOrPreflight = 2;
    public const int SuiteError = 3;

    /// <summary>
    /// The code of a finished run: a failed setup is 2 whatever else happened; INCOMPLETE for any other reason
    /// (errors, skipped MUST checks) is 3, because the suite could not decide. CONFORMANT WITH WAIVERS is 0: the
    /// failures a baseline accepts do not fail a CI gate, while an expired waiver's failures do (NOT CONFORMANT, 1).
    /// </summary>
    public static int Of(RunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.SetupError is not null)
        {
            return ConfigurationOrPreflight;
        }

        return run.Verdict switch
        {
            Verdict.Conformant or Verdict.ConformantWithWaivers => Conformant,
            Verdict.NotConformant => NotConformant,
            _ => SuiteError,
        };
    }
}

/// <summary>What <c>run.sh compare</c> exits with, so a CI gate can fail on a regression and tell it from bad input.</summary>
public static class CompareExitCodes
{
    /// <summary>No check regressed (drift and latency growth are shown, and do not fail the comparison).</summary>
    public const int NoRegression = 0;

    /// <summary>At least one check regressed: PASS to FAIL, WARN or ERROR, or WARN to FAIL.</summary>
    public const int Regressions = 1;

    /// <summary>Bad options, or a side that is missing, too large or no results.json of this suite.</summary>
    public const int BadInput = 2;
}

/// <summary>
/// What <c>run.sh verify</c> exits with. Only <see cref="Verified"/> means the package is the signer's, unchanged; a
/// package whose files match an unchecked or absent signature exits <see cref="NotAuthenticated"/>, because anyone can
/// write files and a manifest that match.
/// </summary>
public static class VerifyExitCodes
{
    /// <summary>Every file matches the manifest, and its signature verifies with the given public key.</summary>
    public const int Verified = 0;

    /// <summary>
    /// A file, the manifest or the signature does not hold: an edited byte, a file added or missing, a hostile archive, a
    /// signature of another key, or an unsigned package when a public key was given.
    /// </summary>
    public const int Failed = 1;

    /// <summary>Bad options, an unreadable public key, or a package that is missing, too large or no zip archive.</summary>
    public const int BadInput = 2;

    /// <summary>
    /// Every file matches the manifest, but no signature was checked: the package is signed and no <c>--public-key</c>
    /// was given (SIGNATURE NOT CHECKED), or it is unsigned (UNSIGNED).
    /// </summary>
    public const int NotAuthenticated = 3;
}
