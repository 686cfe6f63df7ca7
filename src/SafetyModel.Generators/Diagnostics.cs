using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace SafetyModel.Generators;

/// <summary>The generator's diagnostics: errors in the contract's declarations, never a crash.</summary>
internal static class Diagnostics
{
    private const string Category = "SafetyModel.Contract";

    public static readonly DiagnosticDescriptor UnsupportedType = new(
        "SMGEN001",
        "Unsupported contract member type",
        "The contract member '{0}' of {1} has the type {2}, which the JSON contract cannot read and write: {3}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A contract member is a string, int, bool or decimal, a NodaTime LocalDate or LocalDateTime, a DivisionCode, ReportingPeriod, DocumentNumber, DocumentTitle, UnifiedSocialCreditCode or Quantity, an enum or extensible enum with [ContractList], a class with [ContractObject], a nullable form of one of these (not bool? nor DivisionCode?), or an IReadOnlyList<T> of strings, lists, text values or objects.");

    public static readonly DiagnosticDescriptor NoConstruction = new(
        "SMGEN002",
        "Contract object cannot be built",
        "{0} has neither an accessible parameterless constructor (for an object initializer) nor a constructor whose parameters are exactly its contract members ({1})",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor BadMember = new(
        "SMGEN003",
        "Contract member cannot be read or set",
        "The contract member '{0}' of {1}: {2}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor BadType = new(
        "SMGEN004",
        "Contract type cannot be served",
        "{0}: {1}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor Collision = new(
        "SMGEN005",
        "Contract declarations collide",
        "{0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor OwnEquality = new(
        "SMGEN006",
        "Partial contract object declares its own equality",
        "{0} is partial, so its equality is generated from its contract members, but it declares {1} itself: remove it, or declare the class without partial to keep equality hand-written",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = new()
    {
        [OwnEquality.Id] = OwnEquality,
        [UnsupportedType.Id] = UnsupportedType,
        [NoConstruction.Id] = NoConstruction,
        [BadMember.Id] = BadMember,
        [BadType.Id] = BadType,
        [Collision.Id] = Collision,
    };

    public static DiagnosticInfo Info(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        new(descriptor.Id, new EquatableArray<string>(arguments), location);

    public static Diagnostic Create(DiagnosticInfo info)
    {
        var arguments = new object[info.Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = info.Arguments[i];
        }

        return Diagnostic.Create(ById[info.Id], info.Location?.ToLocation() ?? Location.None, arguments);
    }
}
