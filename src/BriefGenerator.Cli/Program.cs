using BriefGenerator.Cli;

var exit = await CliApp.RunAsync(args);
GcStats.PrintIfAsked(Console.Error);
return exit;
