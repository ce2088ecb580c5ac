using System.Reflection;
using System.Reflection.Emit;

namespace CooperationGraph.Tests.Architecture;

/// <summary>
/// Which types of our assemblies use which, from their metadata and IL: base types, interfaces, attributes (and their
/// type arguments), fields, properties, signatures, locals, catch clauses, generic arguments and constraints, and the
/// tokens in method bodies. Each type's folder comes from <see cref="SourceFolders"/>.
/// </summary>
internal sealed class TypeReferences
{
    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private static readonly Lazy<TypeReferences> Ours = new(() => new TypeReferences(
        (Assembly.Load(new AssemblyName("CooperationGraph")), SourceFolders.Under("CooperationGraph")),
        (Assembly.Load(new AssemblyName("CooperationGraph.PlotlyNet")), Whole("CooperationGraph.PlotlyNet", "PlotlyNet")),
        (Assembly.Load(new AssemblyName("cooperation-graph")), Whole("CooperationGraph.Cli", "Cli"))));

    private readonly Dictionary<Assembly, SourceFolders> folders;

    private readonly Lazy<IReadOnlySet<Reference>> between;

    private TypeReferences(params (Assembly Assembly, Func<string, string?> FolderOf)[] assemblies)
    {
        folders = assemblies.ToDictionary(a => a.Assembly, a => SourceFolders.Read(a.Assembly, a.FolderOf));
        between = new Lazy<IReadOnlySet<Reference>>(Scan);
    }

    /// <summary>The library, the Plotly.NET bridge (folder <c>PlotlyNet</c>) and the command-line tool (folder <c>Cli</c>).</summary>
    public static TypeReferences Codebase => Ours.Value;

    public IEnumerable<Assembly> Assemblies => folders.Keys;

    /// <summary>The folders of a type of ours; empty for one the compiler made (no source of ours declares it).</summary>
    public IReadOnlySet<string> FoldersOf(Type type) => folders[type.Assembly].Of(type);

    /// <summary>Every folder that declares a type.</summary>
    public SortedSet<string> Folders() =>
        new(folders.Keys.SelectMany(a => a.GetTypes()).SelectMany(FoldersOf), StringComparer.Ordinal);

    /// <summary>Every use of a type of another folder, or of a third-party assembly, by a type of ours.</summary>
    public IReadOnlySet<Reference> Between() => between.Value;

    private HashSet<Reference> Scan()
    {
        var found = new HashSet<Reference>();
        foreach (var type in folders.Keys.SelectMany(a => a.GetTypes()))
        {
            if (Folder(type) is not { } from)
            {
                continue;
            }

            string fromType = Outermost(type).Name;
            foreach (var used in Used(type).SelectMany(Expand))
            {
                if (!folders.ContainsKey(used.Assembly))
                {
                    found.Add(new Reference(from, fromType, used.Assembly.GetName().Name!, Outermost(used).FullName ?? used.Name, External: true));
                }
                else if (Folder(used) is { } to && to != from)
                {
                    found.Add(new Reference(from, fromType, to, Outermost(used).Name));
                }
            }
        }

        return found;
    }

    /// <summary>The types one type names, as <see cref="Between"/> sees them (generic types as their definitions).</summary>
    public static HashSet<Type> UsedBy(Type type) => Used(type).SelectMany(Expand).ToHashSet();

    private static Func<string, string?> Whole(string project, string folder)
    {
        var under = SourceFolders.Under(project);
        return path => under(path) is null ? null : folder;
    }

    private string? Folder(Type type) => FoldersOf(type) is { Count: > 0 } set ? set.Order(StringComparer.Ordinal).First() : null;

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type;
    }

    private static IEnumerable<Type> Expand(Type type)
    {
        if (type.HasElementType)
        {
            foreach (var inner in Expand(type.GetElementType()!))
            {
                yield return inner;
            }

            yield break;
        }

        if (type.IsGenericParameter)
        {
            yield break;
        }

        yield return type.IsGenericType && !type.IsGenericTypeDefinition ? type.GetGenericTypeDefinition() : type;
        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments().SelectMany(Expand))
            {
                yield return argument;
            }
        }
    }

    private static IEnumerable<Type> Used(Type type)
    {
        if (type.BaseType is { } baseType)
        {
            yield return baseType;
        }

        foreach (var item in type.GetInterfaces().Concat(Constraints(type.IsGenericTypeDefinition ? type.GetGenericArguments() : [])))
        {
            yield return item;
        }

        foreach (var attribute in Attributes(type.GetCustomAttributesData()))
        {
            yield return attribute;
        }

        foreach (var field in type.GetFields(Everything))
        {
            yield return field.FieldType;
        }

        foreach (var property in type.GetProperties(Everything))
        {
            yield return property.PropertyType;
        }

        foreach (var method in type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything)))
        {
            foreach (var used in Signature(method).Concat(Body(method)))
            {
                yield return used;
            }
        }
    }

    private static IEnumerable<Type> Signature(MethodBase method)
    {
        if (method is MethodInfo info)
        {
            yield return info.ReturnType;
            foreach (var argument in Constraints(info.IsGenericMethodDefinition ? info.GetGenericArguments() : []))
            {
                yield return argument;
            }
        }

        foreach (var parameter in method.GetParameters())
        {
            yield return parameter.ParameterType;
            foreach (var attribute in Attributes(parameter.GetCustomAttributesData()))
            {
                yield return attribute;
            }
        }

        foreach (var attribute in Attributes(method.GetCustomAttributesData()))
        {
            yield return attribute;
        }

        if (method.GetMethodBody() is { } body)
        {
            foreach (var local in body.LocalVariables)
            {
                yield return local.LocalType;
            }

            foreach (var clause in body.ExceptionHandlingClauses)
            {
                if (clause.Flags == ExceptionHandlingClauseOptions.Clause)
                {
                    yield return clause.CatchType!;
                }
            }
        }
    }

    private static IEnumerable<Type> Constraints(Type[] parameters) =>
        parameters.SelectMany(p => p.GetGenericParameterConstraints());

    private static IEnumerable<Type> Attributes(IEnumerable<CustomAttributeData> attributes)
    {
        foreach (var attribute in attributes)
        {
            yield return attribute.AttributeType;
            foreach (var argument in attribute.ConstructorArguments.Concat(attribute.NamedArguments.Select(n => n.TypedValue)))
            {
                if (argument.Value is Type type)
                {
                    yield return type;
                }
            }
        }
    }

    /// <summary>The types a method body names: through the tokens of calls, field accesses, allocations, casts and typeof.</summary>
    private static List<Type> Body(MethodBase method)
    {
        var found = new List<Type>();
        byte[]? il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            return found;
        }

        var module = method.Module;
        Type[]? typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        Type[]? methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        int at = 0;
        while (at < il.Length)
        {
            short value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            at += il[at] == 0xFE ? 2 : 1;
            var code = OpCodesByValue[value];
            switch (code.OperandType)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    var member = module.ResolveMember(BitConverter.ToInt32(il, at), typeArguments, methodArguments);
                    if (member is Type named)
                    {
                        found.Add(named);
                    }
                    else if (member?.DeclaringType is { } owner)
                    {
                        found.Add(owner);
                        if (member is MethodInfo { IsGenericMethod: true } generic)
                        {
                            found.AddRange(generic.GetGenericArguments());
                        }
                    }

                    at += 4;
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + (4 * BitConverter.ToInt32(il, at));
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    at += 8;
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    at += 1;
                    break;
                case OperandType.InlineVar:
                    at += 2;
                    break;
                case OperandType.InlineNone:
                    break;
                default:
                    at += 4;
                    break;
            }
        }

        return found;
    }
}
