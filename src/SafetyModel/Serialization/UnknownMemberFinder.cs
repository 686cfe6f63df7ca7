using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using SafetyModel.Contract;
using SafetyModel.Diagnostics;
using SafetyModel.Validation;

namespace SafetyModel.Serialization;

/// <summary>
/// Finds the unknown members a preserving reader kept on an object and on the contract objects inside it, by walking
/// the members the contract attributes declare (<see cref="ContractMemberAttribute"/>) — so a town's own kinds are
/// walked as the built-in ones are. Free when no unknown member has been read in the process.
/// </summary>
internal static class UnknownMemberFinder
{
    private const int MaxDepth = 64;

    private static readonly ConcurrentDictionary<Type, (string Name, PropertyInfo Property)[]> Members = new();

    public static IReadOnlyList<ValidationIssue> Find(object value, ValidationSeverity severity)
    {
        if (!UnknownMembers.AnyKept)
        {
            return Array.Empty<ValidationIssue>();
        }

        var found = new List<JsonPointer>();
        Walk(value, JsonPointer.Root, found, 0);
        return found.ConvertAll(pointer => ValidationIssue.Create(
            JsonContractCodes.UnknownMemberKept, severity, pointer, DiagnosticArguments.Create(("member", pointer.Segments[pointer.Segments.Count - 1]))));
    }

    private static void Walk(object value, JsonPointer at, List<JsonPointer> found, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        foreach (var member in UnknownMembers.Get(value))
        {
            found.Add(at.Append(member.Key));
        }

        foreach (var (name, property) in MembersOf(value.GetType()))
        {
            switch (property.GetValue(value))
            {
                case null or string:
                    break;
                case IEnumerable list:
                    var index = 0;
                    foreach (var item in list)
                    {
                        if (item is not null && IsContractObject(item.GetType()))
                        {
                            Walk(item, at.Append(name).Append(index), found, depth + 1);
                        }

                        index++;
                    }

                    break;
                case var inner when IsContractObject(inner.GetType()):
                    Walk(inner, at.Append(name), found, depth + 1);
                    break;
            }
        }
    }

    /// <summary>Objects of the contract that can carry members of their own: classes (values such as codes and dates are structs read from strings).</summary>
    private static bool IsContractObject(Type type) => !type.IsValueType && type != typeof(string);

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification =
        "Walks the contract members of objects the contract has read. In a trimmed application a type whose property metadata was removed is not walked: its unknown members are then not reported, never misreported.")]
    private static (string Name, PropertyInfo Property)[] MembersOf(Type type) => Members.GetOrAdd(type, static t =>
    {
        var members = new List<(string, PropertyInfo)>();
        foreach (var property in t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<ContractMemberAttribute>() is { } attribute && property.GetIndexParameters().Length == 0)
            {
                members.Add((attribute.Name, property));
            }
        }

        return members.ToArray();
    });
}
