using System.CommandLine;
using Stance.Cli;

return CliApp.Build().Parse(args).Invoke();
