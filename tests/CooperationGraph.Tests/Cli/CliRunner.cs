using CooperationGraph.Cli;

namespace CooperationGraph.Tests.Cli;

/// <summary>Runs the tool in-process with captured output and error streams.</summary>
internal static class CliRunner
{
    public static (int Code, string Out, string Error) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
