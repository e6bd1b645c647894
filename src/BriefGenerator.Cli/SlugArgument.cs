using System.CommandLine;

namespace BriefGenerator.Cli;

/// <summary>The optional SLUG... argument; a token that looks like an option is a usage error, not a slug.</summary>
public static class SlugArgument
{
    public static Argument<string[]> Create(string description)
    {
        var slugs = new Argument<string[]>("slug") { Description = description, Arity = ArgumentArity.ZeroOrMore };
        slugs.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-')))
                result.AddError($"unknown option '{token.Value}'");
        });
        return slugs;
    }
}
