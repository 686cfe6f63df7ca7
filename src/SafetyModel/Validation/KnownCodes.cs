using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using SafetyModel.Accidents;
using SafetyModel.Contract;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;

namespace SafetyModel.Validation;

/// <summary>
/// The codes of open lists (检查类型, 行业, 宣传形式 … and accident categories) that the registered lists do not know:
/// kept as given, so nothing is lost, but a typo such as <c>comprehensiv</c> would silently form a group of its own in a
/// table. Found from the contract attributes of the record's type, so a town's own kinds are checked too.
/// </summary>
internal static class KnownCodes
{
    private static readonly ConcurrentDictionary<Type, (string Member, PropertyInfo Property)[]> Members = new();

    public static IEnumerable<ValidationIssue> Check(IRecord record, ValidationContext context, ValidationSeverity severity)
    {
        foreach (var (member, property) in MembersOf(record.GetType()))
        {
            switch (property.GetValue(record))
            {
                case IExtensibleEnum value when !value.IsKnown && !string.IsNullOrEmpty(value.Code):
                    yield return Unknown(severity, JsonPointer.Root.Append(member), value.Code, ListName(value.GetType()));
                    break;
                case AccidentCategory category when category.Scheme == AccidentCategoryScheme.Gb6441Of1986.Name && !AccidentCategoryScheme.Gb6441Of1986.TryGet(category.Code, out _):
                    yield return Unknown(severity, JsonPointer.Root.Append(member), category.Code, category.Scheme + " accident category");
                    break;
                case IEnumerable list and not string:
                    var index = 0;
                    foreach (var item in list)
                    {
                        if (item is IExtensibleEnum value && !value.IsKnown && !string.IsNullOrEmpty(value.Code))
                        {
                            yield return Unknown(severity, JsonPointer.Root.Append(member).Append(index), value.Code, ListName(value.GetType()));
                        }

                        index++;
                    }

                    break;
            }
        }
    }

    private static ValidationIssue Unknown(ValidationSeverity severity, JsonPointer at, string code, string list) =>
        ValidationIssue.Create(ValidationCodes.UnknownCode, severity, at, DiagnosticArguments.Create(("code", code), ("list", list)));

    private static string ListName(Type type) => type.GetCustomAttribute<ContractListAttribute>()?.ListName ?? type.Name;

    /// <summary>The contract members that hold open-list codes (one, or a list) or an accident category, read once per type.</summary>
    private static (string Member, PropertyInfo Property)[] MembersOf(Type type) => Members.GetOrAdd(type, static t =>
        ContractMembers.Of(t).Where(m => HoldsCodes(m.Property.PropertyType)).Select(m => (m.Member.Name, m.Property)).ToArray());

    private static bool HoldsCodes(Type type) =>
        typeof(IExtensibleEnum).IsAssignableFrom(Underlying(type)) || type == typeof(AccidentCategory) || IsListOfCodes(type);

    private static Type Underlying(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    private static bool IsListOfCodes(Type type) =>
        type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type) &&
        (type.IsArray ? type.GetElementType() : type.IsGenericType ? type.GetGenericArguments()[0] : null) is { } item &&
        typeof(IExtensibleEnum).IsAssignableFrom(Underlying(item));
}
