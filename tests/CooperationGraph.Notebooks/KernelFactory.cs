using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace CooperationGraph.Notebooks;

/// <summary>
/// The kernel a Polyglot notebook's C# cells run in, built as <c>dotnet-interactive</c> builds its C# kernel
/// (<c>KernelBuilder.CreateKernel</c>): <see cref="CSharpKernel"/> with <c>#r "nuget:"</c>/<c>#i</c>, the kernel helpers
/// (<c>display</c>, <c>HTML</c>…) and value sharing, inside a <see cref="CompositeKernel"/> that loads the kernel
/// extensions of restored packages; formatting as for a notebook front end (HTML first, strings as plain text).
/// </summary>
internal static class KernelFactory
{
    public static CompositeKernel Create()
    {
        Formatter.ResetToDefault();
        Formatter.DefaultMimeType = HtmlFormatter.MimeType;
        Formatter.SetPreferredMimeTypesFor(typeof(string), PlainTextFormatter.MimeType);
        var csharp = new CSharpKernel()
            .UseNugetDirective((kernel, packages) =>
            {
                kernel.AddAssemblyReferences(packages.SelectMany(p => p.AssemblyPaths));
                return Task.CompletedTask;
            })
            .UseKernelHelpers()
            .UseValueSharing();
        var composite = new CompositeKernel();
        composite.Add(csharp, ["c#", "C#"]);
        composite.DefaultKernelName = csharp.Name;
        return composite.UseNuGetExtensions();
    }
}
