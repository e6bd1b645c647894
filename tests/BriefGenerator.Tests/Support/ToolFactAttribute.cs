namespace BriefGenerator.Tests.Support;

/// <summary>A fact that needs a program on PATH: skipped with a reason when it is missing, unless
/// <see cref="ExternalTool.Required"/> (CI), where the test runs and fails on the missing program.</summary>
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(string program, string debianPackage)
    {
        if (ExternalTool.Find(program) is null && !ExternalTool.Required)
            Skip = $"{program} is not on PATH (apt-get install {debianPackage} to run it)";
    }
}
