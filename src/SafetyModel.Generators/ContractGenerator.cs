using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SafetyModel.Generators;

/// <summary>
/// Writes the JSON contract's codecs from the declarations on the model types: a codec per <c>[ContractObject]</c>
/// class (<c>InspectionCodec.g.cs</c>, …), the generated part of <c>JsonContract</c> (every codec, the record kinds,
/// the closed and open lists of <c>[ContractList]</c> types, the converters) and the member table the JSON Schema is
/// written from; and, for a contract object declared <see langword="partial"/>, its equality over its contract members.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ContractGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var objects = context.SyntaxProvider.ForAttributeWithMetadataName(
            DeclarationReader.ObjectAttribute,
            static (node, _) => node is ClassDeclarationSyntax,
            static (syntax, cancellationToken) => DeclarationReader.ReadObject(syntax, cancellationToken));
        var lists = context.SyntaxProvider.ForAttributeWithMetadataName(
            DeclarationReader.ListAttribute,
            static (node, _) => node is EnumDeclarationSyntax or StructDeclarationSyntax,
            static (syntax, cancellationToken) => DeclarationReader.ReadList(syntax, cancellationToken));

        var allObjects = objects.Collect();
        var allLists = lists.Collect();
        var namespaces = allObjects.Combine(allLists).Select(static (pair, _) => CodecWriter.Namespaces(pair.Left, pair.Right));
        var collidingNames = allObjects.Combine(allLists).Select(static (pair, _) => CollidingNames(pair.Left, pair.Right));

        context.RegisterSourceOutput(objects.Combine(namespaces).Combine(collidingNames), static (output, input) =>
        {
            var ((type, usings), colliding) = input;
            foreach (var diagnostic in type.Diagnostics)
            {
                output.ReportDiagnostic(Diagnostics.Create(diagnostic));
            }

            if (type.Diagnostics.Count == 0 && !colliding.Contains(type.Name))
            {
                output.AddSource(type.Name + "Codec.g.cs", CodecWriter.ObjectCodec(type, usings));
            }

            if (type.Diagnostics.Count == 0 && type.IsPartial)
            {
                output.AddSource(EqualityWriter.HintName(type), EqualityWriter.Equality(type));
            }
        });

        context.RegisterSourceOutput(allObjects.Combine(allLists).Combine(namespaces), static (output, input) =>
        {
            var ((objectDeclarations, listDeclarations), usings) = input;
            if (objectDeclarations.IsEmpty && listDeclarations.IsEmpty)
            {
                return;
            }

            foreach (var list in listDeclarations)
            {
                foreach (var diagnostic in list.Diagnostics)
                {
                    output.ReportDiagnostic(Diagnostics.Create(diagnostic));
                }
            }

            var colliding = CollidingNames(objectDeclarations, listDeclarations);
            foreach (var diagnostic in Collisions(objectDeclarations, listDeclarations))
            {
                output.ReportDiagnostic(Diagnostics.Create(diagnostic));
            }

            var sound = CodecWriter.Sorted(objectDeclarations.Where(o => o.Diagnostics.Count == 0 && !colliding.Contains(o.Name)));
            var soundLists = listDeclarations.Where(l => l.Diagnostics.Count == 0 && !colliding.Contains(l.Name))
                .OrderBy(l => l.Name, StringComparer.Ordinal)
                .ToList();
            output.AddSource("JsonContract.Codecs.g.cs", CodecWriter.Contract(sound, soundLists, usings));
            output.AddSource("JsonContractSchema.Members.g.cs", CodecWriter.SchemaMembers(sound));
        });
    }

    /// <summary>The simple names declared twice (or taken by the hand-written codecs): JsonContract names each codec by its type's simple name.</summary>
    private static EquatableArray<string> CollidingNames(ImmutableArray<ContractObject> objects, ImmutableArray<ContractList> lists)
    {
        var seen = new HashSet<string>(CodecWriter.ReservedNames, StringComparer.Ordinal);
        var colliding = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var name in objects.Select(o => o.Name).Concat(lists.Select(l => l.Name)))
        {
            if (!seen.Add(name))
            {
                colliding.Add(name);
            }
        }

        return new EquatableArray<string>(colliding.ToArray());
    }

    private static IEnumerable<DiagnosticInfo> Collisions(ImmutableArray<ContractObject> objects, ImmutableArray<ContractList> lists)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var reserved in CodecWriter.ReservedNames)
        {
            names[reserved] = "the hand-written codecs of JsonContract";
        }

        foreach (var (name, ns, location) in objects.Select(o => (o.Name, o.Namespace, o.Location)).Concat(lists.Select(l => (l.Name, l.Namespace, l.Location))))
        {
            var full = ns.Length == 0 ? name : ns + "." + name;
            if (names.TryGetValue(name, out var first))
            {
                yield return Diagnostics.Info(Diagnostics.Collision, location, $"The contract type {full} has the simple name of {first}; the contract names its codecs by simple name, so each contract type needs its own");
            }
            else
            {
                names[name] = full;
            }
        }

        var recordTypes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var o in objects.Where(o => o.RecordType is not null))
        {
            if (recordTypes.TryGetValue(o.RecordType!, out var first))
            {
                yield return Diagnostics.Info(Diagnostics.Collision, o.Location, $"The record type '{o.RecordType}' of {o.Namespace}.{o.Name} is already the record type of {first}");
            }
            else
            {
                recordTypes[o.RecordType!] = o.Namespace + "." + o.Name;
            }
        }
    }
}
