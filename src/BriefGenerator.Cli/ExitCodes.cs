namespace BriefGenerator.Cli;

/// <summary>The process exit codes the README documents.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>Input errors (or warnings with --warn-as-error).</summary>
    public const int InputErrors = 1;
    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;
    /// <summary>A bug in BriefGenerator itself.</summary>
    public const int Internal = 3;

    /// <summary>0; 1 when the build had errors (or warnings, with <paramref name="warnAsError"/>); 3 when a bug stopped
    /// a brief (the other briefs were still built).</summary>
    public static int For(BriefGenerator.Build.BuildResult result, bool warnAsError) =>
        result.HasInternalErrors ? Internal : result.HasErrors || (warnAsError && result.HasWarnings) ? InputErrors : Success;
}
