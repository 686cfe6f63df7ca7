using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SafetyModel.Generators;

/// <summary>Reads the contract's declarations (attributes and C# types) into the generator's value models.</summary>
internal static class DeclarationReader
{
    public const string ObjectAttribute = "SafetyModel.Contract.ContractObjectAttribute";
    public const string MemberAttribute = "SafetyModel.Contract.ContractMemberAttribute";
    public const string ListAttribute = "SafetyModel.Contract.ContractListAttribute";
    private const string RecordInterface = "SafetyModel.Primitives.IRecord";
    private const string ExtensibleEnumInterface = "SafetyModel.Primitives.IExtensibleEnum";

    private static readonly SymbolDisplayFormat FullyQualified =
        SymbolDisplayFormat.FullyQualifiedFormat.AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>
    /// The core primitives with hand-written codecs that write them as canonical text: full name → kind. These are
    /// the library's own value types, not declarations a user adds, so a fixed table is their declaration.
    /// </summary>
    private static readonly Dictionary<string, string> TextTypes = new(StringComparer.Ordinal)
    {
        ["SafetyModel.Primitives.ReportingPeriod"] = "period",
        ["SafetyModel.Documents.DocumentNumber"] = "docnumber",
        ["SafetyModel.Documents.DocumentTitle"] = "title",
        ["SafetyModel.Primitives.UnifiedSocialCreditCode"] = "credit",
    };

    public static ContractObject ReadObject(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var type = (INamedTypeSymbol)context.TargetSymbol;
        var declaration = (ClassDeclarationSyntax)context.TargetNode;
        var location = LocationInfo.From(declaration.Identifier.GetLocation());
        var attribute = context.Attributes[0];
        var recordType = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
        var order = 0;
        foreach (var named in attribute.NamedArguments)
        {
            if (named.Key == "Order" && named.Value.Value is int value)
            {
                order = value;
            }
        }

        var diagnostics = new List<DiagnosticInfo>();
        var namespaces = new SortedSet<string>(StringComparer.Ordinal) { Namespace(type) };
        var display = type.ToDisplayString();
        if (type.ContainingType is not null || type.IsGenericType || type.IsAbstract || type.IsStatic)
        {
            diagnostics.Add(Diagnostics.Info(Diagnostics.BadType, location, display, "a contract object is a top-level class that is neither generic, abstract nor static"));
        }

        if (recordType is not null && recordType.Length == 0)
        {
            diagnostics.Add(Diagnostics.Info(Diagnostics.BadType, location, display, "a record type is a non-empty discriminator"));
        }

        if (recordType is not null && !type.AllInterfaces.Any(i => FullName(i) == RecordInterface))
        {
            diagnostics.Add(Diagnostics.Info(Diagnostics.BadType, location, display, "a record kind implements " + RecordInterface));
        }

        var members = new List<Member>();
        var properties = new List<IPropertySymbol>();
        foreach (var property in type.GetMembers().OfType<IPropertySymbol>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var memberAttribute = property.GetAttributes().FirstOrDefault(a => a.AttributeClass is { } c && FullName(c) == MemberAttribute);
            if (memberAttribute is null)
            {
                continue;
            }

            var propertyLocation = LocationInfo.From(property.Locations.FirstOrDefault());
            var jsonName = memberAttribute.ConstructorArguments.Length == 1 ? memberAttribute.ConstructorArguments[0].Value as string ?? string.Empty : string.Empty;
            var required = false;
            string? setter = null;
            foreach (var named in memberAttribute.NamedArguments)
            {
                if (named.Key == "Required" && named.Value.Value is bool isRequired)
                {
                    required = isRequired;
                }
                else if (named.Key == "Setter")
                {
                    setter = named.Value.Value as string;
                }
            }

            if (jsonName.Length == 0)
            {
                diagnostics.Add(Diagnostics.Info(Diagnostics.BadMember, propertyLocation, property.Name, display, "a contract name is not empty"));
            }

            if (property.IsStatic || property.IsIndexer || property.GetMethod is null || property.GetMethod.DeclaredAccessibility == Accessibility.Private)
            {
                diagnostics.Add(Diagnostics.Info(Diagnostics.BadMember, propertyLocation, jsonName, display, "the codec reads it through a non-private instance getter, and the property has none"));
            }

            var kind = ReadKind(property.Type, namespaces, out var why);
            if (kind is null)
            {
                diagnostics.Add(Diagnostics.Info(Diagnostics.UnsupportedType, propertyLocation, jsonName, display, property.Type.ToDisplayString(), why));
                continue;
            }

            members.Add(new Member(
                jsonName,
                property.Name,
                setter ?? property.Name,
                kind,
                required,
                property.Type.ToDisplayString(FullyQualified),
                DocumentationText.MemberSummary(property, cancellationToken)));
            properties.Add(property);
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        if (recordType is not null)
        {
            names.Add("type");
        }

        foreach (var member in members)
        {
            if (!names.Add(member.JsonName))
            {
                diagnostics.Add(Diagnostics.Info(Diagnostics.Collision, location, $"{display} declares the contract member '{member.JsonName}' twice"));
            }
        }

        var count = members.Count + (recordType is null ? 0 : 1);
        if (count > 64)
        {
            diagnostics.Add(Diagnostics.Info(Diagnostics.BadType, location, display, $"it has {count} contract members; a codec tracks at most 64"));
        }

        var isPartial = declaration.Modifiers.Any(m => m.IsKind(SyntaxKind.PartialKeyword));
        if (isPartial)
        {
            foreach (var own in OwnEquality(type))
            {
                diagnostics.Add(Diagnostics.Info(
                    Diagnostics.OwnEquality,
                    LocationInfo.From(own.Locations.FirstOrDefault()),
                    display,
                    own.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)));
            }
        }

        var usesInitializer = type.InstanceConstructors.Any(c => c.Parameters.Length == 0 && Accessible(c));
        var arguments = Array.Empty<int>();
        if (usesInitializer)
        {
            for (var i = 0; i < members.Count; i++)
            {
                var member = members[i];
                var target = FindProperty(type, member.Setter);
                if (target?.SetMethod is null || target.SetMethod.DeclaredAccessibility == Accessibility.Private)
                {
                    diagnostics.Add(Diagnostics.Info(
                        Diagnostics.BadMember,
                        LocationInfo.From(properties[i].Locations.FirstOrDefault()),
                        member.JsonName,
                        display,
                        $"an object initializer sets the property '{member.Setter}', which has no non-private setter or init accessor"));
                }
            }
        }
        else if (TryMatchConstructor(type, members, properties, context.SemanticModel.Compilation) is { } matched)
        {
            arguments = matched;
        }
        else
        {
            diagnostics.Add(Diagnostics.Info(Diagnostics.NoConstruction, location, display, string.Join(", ", members.Select(m => m.Setter))));
        }

        return new ContractObject(
            type.Name,
            Namespace(type),
            recordType,
            order,
            usesInitializer,
            new EquatableArray<Member>(members.ToArray()),
            new EquatableArray<int>(arguments),
            new EquatableArray<string>(namespaces.ToArray()),
            isPartial,
            DocumentationText.Summary(type, cancellationToken),
            location,
            new EquatableArray<DiagnosticInfo>(diagnostics.ToArray()));
    }

    public static ContractList ReadList(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var type = (INamedTypeSymbol)context.TargetSymbol;
        var location = LocationInfo.From(type.Locations.FirstOrDefault());
        var attribute = context.Attributes[0];
        var listName = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string ?? string.Empty : string.Empty;
        var diagnostics = new List<DiagnosticInfo>();
        var display = type.ToDisplayString();
        if (type.ContainingType is not null || type.IsGenericType)
        {
            diagnostics.Add(Diagnostics.Info(Diagnostics.BadType, location, display, "a code list is a top-level, non-generic type"));
        }

        if (listName.Length == 0)
        {
            diagnostics.Add(Diagnostics.Info(Diagnostics.BadType, location, display, "a code list has a non-empty name"));
        }

        var enumMembers = new List<string>();
        var isClosed = type.TypeKind == TypeKind.Enum;
        if (isClosed)
        {
            foreach (var field in type.GetMembers().OfType<IFieldSymbol>())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (field.HasConstantValue && !field.IsImplicitlyDeclared)
                {
                    enumMembers.Add(field.Name);
                }
            }
        }
        else if (!type.AllInterfaces.Any(i => FullName(i) == ExtensibleEnumInterface)
            || !type.GetMembers("KnownValues").Any(m => m.IsStatic)
            || !type.GetMembers("FromCode").Any(m => m.IsStatic))
        {
            diagnostics.Add(Diagnostics.Info(
                Diagnostics.BadType,
                location,
                display,
                "a code list is an enum (a closed list) or an extensible enum: a struct implementing " + ExtensibleEnumInterface + " with static KnownValues and FromCode (an open list)"));
        }

        return new ContractList(
            type.Name,
            Namespace(type),
            listName,
            isClosed,
            new EquatableArray<string>(enumMembers.ToArray()),
            DocumentationText.Summary(type, cancellationToken),
            location,
            new EquatableArray<DiagnosticInfo>(diagnostics.ToArray()));
    }

    private static Kind? ReadKind(ITypeSymbol type, ISet<string> namespaces, out string why)
    {
        var nullable = false;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } wrapper)
        {
            nullable = true;
            type = wrapper.TypeArguments[0];
        }
        else if (type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.Annotated)
        {
            nullable = true;
        }

        if (type is INamedTypeSymbol { IsGenericType: true } generic
            && FullName(generic.OriginalDefinition) == "System.Collections.Generic.IReadOnlyList")
        {
            if (nullable)
            {
                why = "a list member is never null (an empty list is omitted on writing)";
                return null;
            }

            var element = generic.TypeArguments[0];
            if (element.NullableAnnotation == NullableAnnotation.Annotated || element is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T })
            {
                why = "the items of a list are never null";
                return null;
            }

            var item = ReadScalar(element, nullable: false, namespaces, out why);
            if (item is null)
            {
                return null;
            }

            if (item.Category is not (KindCategory.String or KindCategory.ClosedList or KindCategory.OpenList or KindCategory.Text or KindCategory.Object))
            {
                why = "a list holds strings, code lists, text values or objects, the kinds with a codec";
                return null;
            }

            return new Kind(KindCategory.List, Nullable: false, string.Empty, string.Empty, IsValueType: false, item);
        }

        return ReadScalar(type, nullable, namespaces, out why);
    }

    private static Kind? ReadScalar(ITypeSymbol type, bool nullable, ISet<string> namespaces, out string why)
    {
        why = "its type is none of the contract's kinds";
        Kind Simple(KindCategory category) => new(category, nullable, string.Empty, string.Empty, type.IsValueType, Element: null);
        Kind Named(KindCategory category, string textKind = "")
        {
            namespaces.Add(Namespace(type));
            return new Kind(category, nullable, type.Name, textKind, type.IsValueType, Element: null);
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_String:
                return Simple(KindCategory.String);
            case SpecialType.System_Int32:
                return Simple(KindCategory.Int32);
            case SpecialType.System_Boolean when nullable:
                why = "bool? is not a contract kind (write bool: a missing member reads as false)";
                return null;
            case SpecialType.System_Boolean:
                return Simple(KindCategory.Boolean);
            case SpecialType.System_Decimal:
                return Simple(KindCategory.Decimal);
        }

        if (type is not INamedTypeSymbol named || named.ContainingType is not null || named.IsGenericType)
        {
            return null;
        }

        var fullName = FullName(named);
        switch (fullName)
        {
            case "NodaTime.LocalDate":
                return Simple(KindCategory.Date);
            case "NodaTime.LocalDateTime":
                return Simple(KindCategory.DateTime);
            case "SafetyModel.Primitives.DivisionCode" when nullable:
                why = "DivisionCode? is not a contract kind (the default code stands for no division: write DivisionCode)";
                return null;
            case "SafetyModel.Primitives.DivisionCode":
                return Named(KindCategory.Division);
            case "SafetyModel.Primitives.Quantity":
                return Named(KindCategory.Object);
        }

        if (TextTypes.TryGetValue(fullName, out var textKind))
        {
            return Named(KindCategory.Text, textKind);
        }

        var attributes = named.GetAttributes();
        if (attributes.Any(a => a.AttributeClass is { } c && FullName(c) == ListAttribute))
        {
            return Named(named.TypeKind == TypeKind.Enum ? KindCategory.ClosedList : KindCategory.OpenList);
        }

        if (attributes.Any(a => a.AttributeClass is { } c && FullName(c) == ObjectAttribute))
        {
            return Named(KindCategory.Object);
        }

        if (named.Locations.Any(l => l.IsInSource))
        {
            why = named.TypeKind == TypeKind.Enum
                ? "an enum becomes a contract kind when it is declared a closed list with [ContractList]"
                : "a class becomes a contract kind with [ContractObject], an extensible enum with [ContractList]";
        }

        return null;
    }

    private static int[]? TryMatchConstructor(INamedTypeSymbol type, List<Member> members, List<IPropertySymbol> properties, Compilation compilation)
    {
        foreach (var constructor in type.InstanceConstructors)
        {
            if (!Accessible(constructor) || constructor.Parameters.Length != members.Count)
            {
                continue;
            }

            var arguments = new int[members.Count];
            var used = new bool[members.Count];
            var matches = true;
            for (var p = 0; p < constructor.Parameters.Length && matches; p++)
            {
                var parameter = constructor.Parameters[p];
                var index = members.FindIndex(m => string.Equals(m.Setter, parameter.Name, StringComparison.OrdinalIgnoreCase));
                if (index < 0 || used[index] || !compilation.ClassifyCommonConversion(properties[index].Type, parameter.Type).IsImplicit)
                {
                    matches = false;
                    break;
                }

                used[index] = true;
                arguments[p] = index;
            }

            if (matches)
            {
                return arguments;
            }
        }

        return null;
    }

    /// <summary>The equality members the class declares itself: Equals(T), Equals(object) and GetHashCode().</summary>
    private static IEnumerable<IMethodSymbol> OwnEquality(INamedTypeSymbol type) =>
        type.GetMembers().OfType<IMethodSymbol>().Where(m =>
            !m.IsStatic && !m.IsImplicitlyDeclared &&
            ((m.Name == "Equals" && m.Parameters.Length == 1 && (SymbolEqualityComparer.Default.Equals(m.Parameters[0].Type, type) || m.Parameters[0].Type.SpecialType == SpecialType.System_Object))
             || (m.Name == "GetHashCode" && m.Parameters.Length == 0)));

    private static bool Accessible(IMethodSymbol method) =>
        method.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal;

    private static IPropertySymbol? FindProperty(INamedTypeSymbol type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.GetMembers(name).OfType<IPropertySymbol>().FirstOrDefault() is { } property)
            {
                return property;
            }
        }

        return null;
    }

    private static string Namespace(ITypeSymbol type) =>
        type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : string.Empty;

    private static string FullName(INamedTypeSymbol type)
    {
        var ns = Namespace(type);
        return ns.Length == 0 ? type.Name : ns + "." + type.Name;
    }
}
