using System.Collections.Concurrent;
using System.Reactive.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Events;

namespace CooperationGraph.Notebooks;

/// <summary>
/// Loads the kernel extensions that NuGet packages carry in <c>interactive-extensions/dotnet/</c>, as the
/// <c>dotnet-interactive</c> tool does (its <c>KernelExtensionLoader.UseNuGetExtensions</c> and
/// <c>PackageDirectoryExtensionLoader</c>, which live in the tool, not in a library package): after each command, for
/// every package added, each DLL there is loaded into the default context and each public <see cref="IKernelExtension"/>
/// type in it is created and loaded into the composite kernel, with the same "Loading extensions from" display; then an
/// <c>extension.dib</c> there is run. This is how Microsoft.Data.Analysis brings its DataFrame formatter.
/// </summary>
internal static class PackageExtensionLoader
{
    private const string ExtensionScriptName = "extension.dib";

    public static CompositeKernel UseNuGetExtensions(this CompositeKernel kernel)
    {
        var added = new ConcurrentQueue<PackageAdded>();
        var loaded = new HashSet<string>(StringComparer.Ordinal);
        kernel.AddMiddleware(async (command, context, next) =>
        {
            await next(command, context).ConfigureAwait(false);
            while (added.TryDequeue(out var package))
            {
                var folder = new DirectoryInfo(Path.Combine(package.PackageReference.PackageRoot, "interactive-extensions", "dotnet"));
                if (folder.Exists)
                {
                    await LoadFromFolderAsync(kernel, folder, context, loaded).ConfigureAwait(false);
                }
            }
        });
        kernel.RegisterForDisposal(kernel.KernelEvents
            .OfType<PackageAdded>()
            .Where(p => p.PackageReference.PackageRoot is not null)
            .Distinct(p => p.PackageReference.PackageRoot)
            .Subscribe(added.Enqueue));
        return kernel;
    }

    private static async Task LoadFromFolderAsync(Kernel kernel, DirectoryInfo folder, KernelInvocationContext context, HashSet<string> loaded)
    {
        foreach (var file in folder.GetFiles("*.dll", SearchOption.TopDirectoryOnly).OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            if (!loaded.Add(AssemblyName.GetAssemblyName(file.FullName).FullName))
            {
                continue;
            }

            var assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(file.FullName);
            var types = assembly.ExportedTypes
                .Where(t => !t.IsAbstract && !t.IsInterface && !t.IsGenericTypeDefinition && typeof(IKernelExtension).IsAssignableFrom(t))
                .ToArray();
            if (types.Length > 0)
            {
                KernelInvocationContextExtensions.Display(context, $"Loading extensions from `{assembly.Location}`");
            }

            foreach (var type in types)
            {
                var extension = (IKernelExtension)Activator.CreateInstance(type)!;
                try
                {
                    await extension.OnLoadAsync(kernel).ConfigureAwait(false);
                    context.Publish(new KernelExtensionLoaded(extension, context.Command));
                }
                catch (Exception e)
                {
                    context.Publish(new ErrorProduced($"Failed to load kernel extension \"{type.Name}\" from assembly {assembly.Location}", context.Command));
                    context.Fail(context.Command, e);
                }
            }
        }

        var script = new FileInfo(Path.Combine(folder.FullName, ExtensionScriptName));
        if (script.Exists)
        {
            KernelInvocationContextExtensions.Display(context, $"Loading extension script from `{script.FullName}`");
            await kernel.LoadAndRunInteractiveDocument(script, context.Command).ConfigureAwait(false);
        }
    }
}
