using Stance.Cli;

return await CliApp.RunAsync(args).ConfigureAwait(false);
