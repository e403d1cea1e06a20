using AgentGateway.Reference.Cli;

return await StandaloneProgram.RunAsync(args, Console.Out, Console.Error);
