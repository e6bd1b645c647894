namespace BriefGenerator.Build;

/// <summary>What happened to one brief and template.</summary>
public enum BriefStatus
{
    Built,
    Skipped,
    Failed,
}
