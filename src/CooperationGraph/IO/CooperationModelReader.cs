using System.Text.Json;
using CooperationGraph.Model;
using CooperationGraph.Text;

namespace CooperationGraph.IO;

/// <summary>
/// Reads a <see cref="CooperationModel"/> from JSON:
/// <code>{"name": "…", "requiredSectors": ["OPS", "PCPR"], "requiredLinks": [["OPS", "PCPR"]]}</code>
/// Sectors are codes or any alias the catalogue knows (<c>GOPS</c>, <c>Szkoła</c>…). An optional
/// <c>description</c> string is allowed; any other property is an error.
/// </summary>
public static class CooperationModelReader
{
    /// <summary>Loads a model file.</summary>
    /// <param name="path">The JSON file.</param>
    /// <param name="sectors">The sectors it may name; <see cref="SectorCatalog.Default"/> by default (pass a dataset's
    /// <see cref="CooperationDataset.Sectors"/> to allow its custom sectors).</param>
    /// <exception cref="DatasetException">The file is missing, is not valid JSON, or names unknown sectors; every problem
    /// is located by line.</exception>
    public static CooperationModel Load(string path, SectorCatalog? sectors = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new DatasetException(new DatasetProblem(path, null, $"cannot be read: {exception.Message}"));
        }

        return Parse(bytes, path, sectors);
    }

    /// <summary>Parses a model from UTF-8 JSON bytes; <paramref name="label"/> names it in problems.</summary>
    /// <exception cref="DatasetException">The JSON is invalid or names unknown sectors.</exception>
    public static CooperationModel Parse(ReadOnlySpan<byte> json, string label, SectorCatalog? sectors = null)
    {
        sectors ??= SectorCatalog.Default;
        var problems = new List<DatasetProblem>();
        string? name = null;
        var required = new List<Sector>();
        var links = new List<SectorPair>();
        byte[] copy = json.ToArray();
        int LineOf(long offset) => 1 + copy.AsSpan(0, (int)Math.Min(offset, copy.Length)).Count((byte)'\n');
        var reader = new Utf8JsonReader(copy, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            Expect(ref reader, JsonTokenType.StartObject, "the model must be a JSON object");
            while (Next(ref reader) && reader.TokenType == JsonTokenType.PropertyName)
            {
                string property = reader.GetString()!;
                int line = LineOf(reader.TokenStartIndex);
                switch (property)
                {
                    case "name":
                        Expect(ref reader, JsonTokenType.String, "\"name\" must be a string");
                        name = reader.GetString();
                        break;
                    case "description":
                        Expect(ref reader, JsonTokenType.String, "\"description\" must be a string");
                        break;
                    case "requiredSectors":
                        Expect(ref reader, JsonTokenType.StartArray, "\"requiredSectors\" must be an array of sector codes");
                        while (Next(ref reader) && reader.TokenType != JsonTokenType.EndArray)
                        {
                            if (ReadSector(ref reader, sectors, problems, label, LineOf(reader.TokenStartIndex)) is { } sector)
                            {
                                required.Add(sector);
                            }
                        }

                        break;
                    case "requiredLinks":
                        Expect(ref reader, JsonTokenType.StartArray, "\"requiredLinks\" must be an array of pairs like [\"OPS\", \"PUP\"]");
                        while (Next(ref reader) && reader.TokenType != JsonTokenType.EndArray)
                        {
                            int pairLine = LineOf(reader.TokenStartIndex);
                            Expect(ref reader, JsonTokenType.StartArray, "each required link must be a pair like [\"OPS\", \"PUP\"]", current: true);
                            var ends = new List<Sector?>();
                            while (Next(ref reader) && reader.TokenType != JsonTokenType.EndArray)
                            {
                                ends.Add(ReadSector(ref reader, sectors, problems, label, LineOf(reader.TokenStartIndex)));
                            }

                            if (ends.Count != 2)
                            {
                                problems.Add(new DatasetProblem(label, pairLine, $"a required link needs exactly 2 sectors, found {ends.Count}"));
                            }
                            else if (ends[0] is { } first && ends[1] is { } second)
                            {
                                links.Add(new SectorPair(first, second));
                            }
                        }

                        break;
                    default:
                        var nearest = TextKey.Nearest(property, ["name", "description", "requiredSectors", "requiredLinks"]);
                        problems.Add(new DatasetProblem(label, line, $"unknown property \"{property}\"" + (nearest is null ? "" : $"; did you mean \"{nearest}\"?")));
                        reader.Skip();
                        break;
                }
            }
        }
        catch (JsonException exception)
        {
            problems.Add(new DatasetProblem(label, (int)(exception.LineNumber ?? 0) + 1, $"invalid JSON: {exception.Message.Split(" Path:")[0].Split(" LineNumber:")[0]}"));
        }
        catch (ModelSyntaxException exception)
        {
            problems.Add(new DatasetProblem(label, LineOf(exception.Offset), exception.Message));
        }

        if (problems.Count == 0 && name is null)
        {
            problems.Add(new DatasetProblem(label, null, "the model needs a \"name\""));
        }

        if (problems.Count == 0 && required.Count == 0 && links.Count == 0)
        {
            problems.Add(new DatasetProblem(label, null, "the model requires nothing: give \"requiredSectors\" or \"requiredLinks\""));
        }

        return problems.Count > 0 ? throw new DatasetException(problems) : new CooperationModel(name!, required, links);
    }

    private static Sector? ReadSector(ref Utf8JsonReader reader, SectorCatalog sectors, List<DatasetProblem> problems, string label, int line)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new ModelSyntaxException("a sector must be a string such as \"OPS\"", reader.TokenStartIndex);
        }

        string text = reader.GetString()!;
        if (sectors.TryResolve(text, out var sector))
        {
            return sector;
        }

        problems.Add(new DatasetProblem(label, line, sectors.UnknownMessage(text)));
        return null;
    }

    private static bool Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new ModelSyntaxException("the JSON ends too early", reader.BytesConsumed);
        }

        return true;
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string message, bool current = false)
    {
        if (!current)
        {
            Next(ref reader);
        }

        if (reader.TokenType != type)
        {
            throw new ModelSyntaxException(message, reader.TokenStartIndex);
        }
    }

    private sealed class ModelSyntaxException(string message, long offset) : Exception(message)
    {
        public long Offset { get; } = offset;
    }
}
