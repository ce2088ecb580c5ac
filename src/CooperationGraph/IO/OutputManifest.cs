using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CooperationGraph.IO;

/// <summary>
/// The list of files a run wrote, kept beside them as <c>.cooperation-graph.json</c>
/// (<c>{"tool": "cooperation-graph", "version": "0.1.0", "files": ["gaps.json", …]}</c>, paths relative with <c>/</c>,
/// sorted): what the next run into the same folder may replace or remove, and nothing else. A staging folder carries
/// one too, with <c>"state": "staging"</c> while it is being filled, so that leftovers of a killed run are recognised.
/// </summary>
internal sealed record OutputManifest(IReadOnlyList<string> Files, bool Staging = false)
{
    /// <summary>The manifest's file name.</summary>
    public const string FileName = ".cooperation-graph.json";

    private const string Tool = "cooperation-graph";

    /// <summary>The library's version without build metadata.</summary>
    public static string Version { get; } =
        (typeof(OutputManifest).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0").Split('+')[0];

    /// <summary>The manifest of <paramref name="folder"/>; null when there is none or it is not ours.</summary>
    public static OutputManifest? Read(string folder)
    {
        string path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var root = JsonNode.Parse(File.ReadAllText(path, Encoding.UTF8));
            if (root?["tool"]?.GetValue<string>() != Tool || root["files"] is not JsonArray files)
            {
                return null;
            }

            var names = new List<string>();
            foreach (var file in files)
            {
                string name = file?.GetValue<string>() ?? string.Empty;
                if (!IsRelative(name))
                {
                    return null;
                }

                names.Add(name);
            }

            return new OutputManifest(names, root["state"]?.GetValue<string>() == "staging");
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException or IOException)
        {
            return null;
        }
    }

    /// <summary>Writes the manifest into <paramref name="folder"/> by rename, so a reader never sees half of it.</summary>
    public void Write(string folder)
    {
        var files = new JsonArray();
        foreach (var name in Files.Order(StringComparer.Ordinal))
        {
            files.Add(name);
        }

        var root = new JsonObject { ["tool"] = Tool, ["version"] = Version };
        if (Staging)
        {
            root["state"] = "staging";
        }

        root["files"] = files;
        string text = root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
        string path = Path.Combine(folder, FileName);
        string temp = path + ".tmp";
        File.WriteAllText(temp, text, new UTF8Encoding(false));
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Whether a listed name stays inside its folder: relative, <c>/</c>-separated, no <c>.</c> or <c>..</c> parts.</summary>
    public static bool IsRelative(string name) =>
        name.Length > 0 && !name.StartsWith('/') && !name.Contains('\\', StringComparison.Ordinal) && !Path.IsPathRooted(name)
        && name.Split('/').All(part => part.Length > 0 && part is not ("." or ".."));
}
