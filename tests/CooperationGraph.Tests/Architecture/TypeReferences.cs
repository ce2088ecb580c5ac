using System.Reflection;
using System.Reflection.Emit;

namespace CooperationGraph.Tests.Architecture;

/// <summary>Which of an assembly's folders (namespaces under <c>CooperationGraph.</c>) use which, from its metadata and IL.</summary>
internal static class TypeReferences
{
    private const string Root = "CooperationGraph.";

    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    public static SortedSet<string> Folders(Assembly assembly) =>
        new(assembly.GetTypes().Select(Folder).OfType<string>(), StringComparer.Ordinal);

    /// <summary>Every reference from a type of one folder to a type of another.</summary>
    public static IEnumerable<(string From, string FromType, string To, string ToType)> Between(Assembly assembly)
    {
        foreach (var type in assembly.GetTypes())
        {
            if (Folder(type) is not { } from)
            {
                continue;
            }

            foreach (var used in Used(type).SelectMany(Expand))
            {
                if (Folder(used) is { } to && to != from)
                {
                    yield return (from, Outermost(type).FullName!, to, Outermost(used).FullName!);
                }
            }
        }
    }

    private static string? Folder(Type type)
    {
        string? space = Outermost(type).Namespace;
        if (space is null || !space.StartsWith(Root, StringComparison.Ordinal))
        {
            return null;
        }

        string rest = space[Root.Length..];
        int dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }

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

        yield return type;
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

        foreach (var item in type.GetInterfaces())
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
            if (method is MethodInfo info)
            {
                yield return info.ReturnType;
            }

            foreach (var parameter in method.GetParameters())
            {
                yield return parameter.ParameterType;
            }

            foreach (var attribute in Attributes(method.GetCustomAttributesData()))
            {
                yield return attribute;
            }

            foreach (var used in Body(method))
            {
                yield return used;
            }
        }
    }

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
