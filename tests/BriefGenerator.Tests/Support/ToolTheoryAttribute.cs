namespace BriefGenerator.Tests.Support;

/// <summary>A theory that needs a program on PATH: skipped with a reason when it is missing, unless
/// <see cref="ExternalTool.Required"/> (CI), as <see cref="ToolFactAttribute"/>.</summary>
public sealed class ToolTheoryAttribute : TheoryAttribute
{
    public ToolTheoryAttribute(string program, string debianPackage)
    {
        if (ExternalTool.Find(program) is null && !ExternalTool.Required)
            Skip = $"{program} is not on PATH (apt-get install {debianPackage} to run it)";
    }
}
