using System;
using System.Collections;
using System.Collections.Generic;
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

        foreach (var (member, property) in ContractMembers.Of(value.GetType()))
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
                            Walk(item, at.Append(member.Name).Append(index), found, depth + 1);
                        }

                        index++;
                    }

                    break;
                case var inner when IsContractObject(inner.GetType()):
                    Walk(inner, at.Append(member.Name), found, depth + 1);
                    break;
            }
        }
    }

    /// <summary>Objects of the contract that can carry members of their own: classes (values such as codes and dates are structs read from strings).</summary>
    private static bool IsContractObject(Type type) => !type.IsValueType && type != typeof(string);
}
