using System.Text;

namespace CooperationGraph.Cli;

/// <summary>Entry point of the <c>cooperation-graph</c> tool.</summary>
public static class Program
{
    /// <summary>Runs the tool with the process's console.</summary>
    public static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        return CliApp.Run(args, Console.Out, Console.Error);
    }
}
