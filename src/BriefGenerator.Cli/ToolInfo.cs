using System.Reflection;

namespace BriefGenerator.Cli;

/// <summary>The tool's version, as written into outputs and reports.</summary>
public static class ToolInfo
{
    public static string Version { get; } =
        (typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0")
        .Split('+')[0];
}
