Console.WriteLine("AgentGateway.Reference");
