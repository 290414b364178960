using NewsClaims.Cli;

return ExtractCommand.BuildRoot().Parse(args).Invoke();
