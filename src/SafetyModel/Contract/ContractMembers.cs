using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace SafetyModel.Contract;

/// <summary>
/// The members a type declares to the JSON contract (<see cref="ContractMemberAttribute"/> on its public properties),
/// read once per type: for the contract read at run time (a town's own kinds) and for the checks that walk a record by
/// its contract — its unknown members, its open-list codes — so that a town's own kinds are walked as the built-in ones are.
/// </summary>
internal static class ContractMembers
{
    private static readonly ConcurrentDictionary<Type, (ContractMemberAttribute Member, PropertyInfo Property)[]> Cache = new();

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification =
        "Reads the contract members of objects the contract has read. In a trimmed application a type whose property metadata was removed has no members here: what a check would find on it is then not reported, never misreported.")]
    public static IReadOnlyList<(ContractMemberAttribute Member, PropertyInfo Property)> Of(Type type) => Cache.GetOrAdd(type, static t =>
    {
        var members = new List<(ContractMemberAttribute, PropertyInfo)>();
        foreach (var property in t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<ContractMemberAttribute>() is { } attribute && property.GetIndexParameters().Length == 0)
            {
                members.Add((attribute, property));
            }
        }

        return members.ToArray();
    });
}
