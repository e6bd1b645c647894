using BriefGenerator.Cli;

return await CliApp.RunAsync(args);
