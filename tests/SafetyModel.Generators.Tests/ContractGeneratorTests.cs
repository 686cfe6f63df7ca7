using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SafetyModel.Generators.Tests;

/// <summary>
/// The generator on declarations compiled in memory, against stand-ins for the core's attributes and types (the
/// generator knows them by name). The real model's output is checked by the main suite, through the codecs it builds.
/// </summary>
public class ContractGeneratorTests
{
    private const string Core = """
        namespace SafetyModel.Contract
        {
            [System.AttributeUsage(System.AttributeTargets.Class)]
            public sealed class ContractObjectAttribute : System.Attribute
            {
                public ContractObjectAttribute() { }
                public ContractObjectAttribute(string recordType) => RecordType = recordType;
                public string? RecordType { get; }
                public int Order { get; set; }
            }

            [System.AttributeUsage(System.AttributeTargets.Property)]
            public sealed class ContractMemberAttribute : System.Attribute
            {
                public ContractMemberAttribute(string name) => Name = name;
                public string Name { get; }
                public bool Required { get; set; }
                public string? Setter { get; set; }
            }

            [System.AttributeUsage(System.AttributeTargets.Enum | System.AttributeTargets.Struct)]
            public sealed class ContractListAttribute : System.Attribute
            {
                public ContractListAttribute(string listName) => ListName = listName;
                public string ListName { get; }
            }
        }

        namespace SafetyModel.Primitives
        {
            public interface IRecord { }

            internal static class Sequences
            {
                public static bool Equal<T>(System.Collections.Generic.IReadOnlyList<T> left, System.Collections.Generic.IReadOnlyList<T> right) =>
                    System.Linq.Enumerable.SequenceEqual(left, right);
            }
        }
        """;

    [Fact]
    public void A_constructed_object_is_built_with_its_members_in_the_constructors_parameter_order()
    {
        var result = Run("""
            using System.Collections.Generic;
            using SafetyModel.Contract;
            using SafetyModel.Primitives;
            namespace Model.Shapes;

            [ContractList("colour")]
            public enum Colour { Red, DarkBlue }

            [ContractObject]
            public sealed class Mark
            {
                public Mark(string label, int x, Colour colour) { Label = label; X = x; Colour = colour; }
                [ContractMember("x", Required = true)] public int X { get; }
                [ContractMember("label")] public string Label { get; }
                [ContractMember("colour")] public Colour Colour { get; }
            }
            """);

        result.Diagnostics.Should().BeEmpty();
        var codec = result.Source("MarkCodec.g.cs");
        codec.Should().Contain("""internal static readonly JsonEncodedText[] Names = { JsonEncodedText.Encode("x"), JsonEncodedText.Encode("label"), JsonEncodedText.Encode("colour") };""");
        codec.Should().Contain("internal const ulong RequiredMembers = 1UL;");
        codec.Should().Contain("value = new Mark(m1, m0, m2);");
        codec.Should().Contain("using Model.Shapes;");
        var contract = result.Source("JsonContract.Codecs.g.cs");
        contract.Should().Contain("""public EnumCodec<Colour> Colour { get; } = new("colour", (global::Model.Shapes.Colour.Red, "red"), (global::Model.Shapes.Colour.DarkBlue, "dark-blue"));""");
        result.Source("JsonContractSchema.Members.g.cs").Should().Contain(
            """("Mark", null, "", new (string Name, string Kind, bool Required, string? Description)[] { ("x", "int", true, ""), ("label", "str", false, ""), ("colour", "enum:Colour", false, "") }),""");
    }

    [Fact]
    public void The_schema_table_describes_types_and_members_by_their_summaries_as_plain_text()
    {
        var result = Run("""
            using SafetyModel.Contract;
            using SafetyModel.Primitives;
            namespace Model.Shapes;

            /// <summary>A colour of a <see cref="Mark"/>, "named" in <c>kebab-case</c>.</summary>
            [ContractList("colour")]
            public enum Colour { Red, DarkBlue }

            /// <summary>
            ///   A mark on a <see cref="Board"/> — its <c>x</c> and   its colour
            ///   (<see cref="Colour.DarkBlue"/> by default), or <see langword="null"/> when <see cref="System.Collections.Generic.List{T}"/>
            ///   has <see cref="Board">no board</see>; <b>never</b> &lt; 0.
            /// </summary>
            /// <remarks>Not part of the description.</remarks>
            [ContractObject]
            public sealed class Mark
            {
                /// <summary>Gets the position along <c>x</c>, in <see cref="Board.Cells"/>.</summary>
                [ContractMember("x", Required = true)] public int X { get; init; }

                /// <summary>Gets a value indicating whether the mark is <see langword="true"/> to <paramref name="colour"/>.</summary>
                [ContractMember("fast")] public bool Fast { get; init; }

                [ContractMember("colour")] public Colour Colour { get; init; }
            }

            /// <summary>A board.</summary>
            public sealed class Board { public int Cells { get; init; } }
            """);

        result.Diagnostics.Should().BeEmpty();
        result.Source("JsonContractSchema.Members.g.cs").Should().Contain(
            "(\"Mark\", null, \"A mark on a Board — its x and its colour (DarkBlue by default), or null when List has no board; never < 0.\", "
            + "new (string Name, string Kind, bool Required, string? Description)[] { "
            + "(\"x\", \"int\", true, \"The position along x, in Cells.\"), "
            + "(\"fast\", \"bool\", false, \"Whether the mark is true to colour.\"), "
            + "(\"colour\", \"enum:Colour\", false, \"\") }),");
        result.Source("JsonContract.Codecs.g.cs").Should().Contain(
            "yield return (\"Colour\", \"A colour of a Mark, \\\"named\\\" in kebab-case.\", Colour.Codes);");
    }

    [Fact]
    public void Record_kinds_are_listed_by_their_order_and_other_objects_by_name()
    {
        var result = Run("""
            using SafetyModel.Contract;
            using SafetyModel.Primitives;
            namespace Model;

            [ContractObject("walk", Order = 2)]
            public sealed class Walk : IRecord { [ContractMember("id")] public string Id { get; init; } = ""; }

            [ContractObject("run", Order = 1)]
            public sealed class Run : IRecord { [ContractMember("id")] public string Id { get; init; } = ""; }

            [ContractObject]
            public sealed class Zebra { [ContractMember("name")] public string? Name { get; init; } }

            [ContractObject]
            public sealed class Apple { [ContractMember("name")] public string? Name { get; init; } }
            """);

        result.Diagnostics.Should().BeEmpty();
        var contract = result.Source("JsonContract.Codecs.g.cs");
        contract.Should().Contain("RecordTypeList = \"run, walk\";");
        var order = new[] { "_codecs.Add(typeof(Run)", "_codecs.Add(typeof(Walk)", "_codecs.Add(typeof(Apple)", "_codecs.Add(typeof(Zebra)" }
            .Select(line => contract.IndexOf(line, StringComparison.Ordinal))
            .ToList();
        order.Should().NotContain(-1).And.BeInAscendingOrder();
        result.Source("RunCodec.g.cs").Should().Contain("private static readonly Run Defaults = new();").And.Contain("case 0: JsonContract.ReadDiscriminator(ref reader, Discriminator); break;");
    }

    [Fact]
    public void A_member_of_an_unsupported_type_is_a_build_error_not_a_crash()
    {
        var result = Run("""
            using System;
            using System.Collections.Generic;
            using SafetyModel.Contract;
            using SafetyModel.Primitives;
            namespace Model;

            public enum Undeclared { A }

            [ContractObject]
            public sealed class Odd
            {
                [ContractMember("id")] public Guid Id { get; init; }
                [ContractMember("flag")] public bool? Flag { get; init; }
                [ContractMember("counts")] public IReadOnlyList<int> Counts { get; init; } = Array.Empty<int>();
                [ContractMember("kind")] public Undeclared Kind { get; init; }
                [ContractMember("name")] public string Name { get; init; } = "";
            }
            """);

        result.Diagnostics.Select(d => d.Id).Should().Equal("SMGEN001", "SMGEN001", "SMGEN001", "SMGEN001");
        result.Diagnostics.Should().OnlyContain(d => d.Severity == DiagnosticSeverity.Error && d.Location.GetLineSpan().Path == "Model.cs");
        result.Diagnostics.Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1).Should().Equal(12, 13, 14, 15);
        result.Diagnostics[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture).Should().Contain("'id'").And.Contain("Model.Odd").And.Contain("System.Guid");
        result.Diagnostics[3].GetMessage(System.Globalization.CultureInfo.InvariantCulture).Should().Contain("[ContractList]");
        result.Sources.Should().NotContainKey("OddCodec.g.cs");
    }

    [Fact]
    public void An_object_that_cannot_be_built_is_a_build_error()
    {
        var result = Run("""
            using SafetyModel.Contract;
            using SafetyModel.Primitives;
            namespace Model;

            [ContractObject]
            public sealed class Pair
            {
                public Pair(string left) { Left = left; Right = ""; }
                [ContractMember("left")] public string Left { get; }
                [ContractMember("right")] public string Right { get; }
            }

            [ContractObject]
            public sealed class Frozen
            {
                [ContractMember("name")] public string Name => "x";
            }
            """);

        result.Diagnostics.Select(d => d.Id).Should().BeEquivalentTo("SMGEN002", "SMGEN003");
        result.Sources.Should().NotContainKey("PairCodec.g.cs").And.NotContainKey("FrozenCodec.g.cs");
    }

    [Fact]
    public void Colliding_declarations_are_build_errors()
    {
        var result = Run("""
            using SafetyModel.Contract;
            using SafetyModel.Primitives;
            namespace Model.A
            {
                [ContractObject("walk")]
                public sealed class Walk : IRecord { [ContractMember("id")] public string Id { get; init; } = ""; }
            }
            namespace Model.B
            {
                [ContractObject("walk")]
                public sealed class Stroll : IRecord { [ContractMember("id")] public string Id { get; init; } = ""; }

                [ContractObject]
                public sealed class Walk { [ContractMember("id")] public string Id { get; init; } = ""; }

                [ContractObject("run")]
                public sealed class NotARecord { [ContractMember("type")] public string Id { get; init; } = ""; }
            }
            """);

        result.Diagnostics.Select(d => d.Id).Should().BeEquivalentTo("SMGEN005", "SMGEN005", "SMGEN004", "SMGEN005");
        result.Sources.Should().NotContainKey("WalkCodec.g.cs");
    }

    [Fact]
    public void A_partial_contract_object_gets_equality_over_every_contract_member()
    {
        var result = Run("""
            using System;
            using System.Collections.Generic;
            using SafetyModel.Contract;
            using SafetyModel.Primitives;
            namespace Model;

            [ContractObject]
            public sealed partial class Note : IEquatable<Note>
            {
                [ContractMember("text")] public string Text { get; init; } = "";
                [ContractMember("tags")] public IReadOnlyList<string> Tags { get; init; } = Array.Empty<string>();
                [ContractMember("count")] public int? Count { get; init; }
                internal string Cache => Text.ToUpperInvariant();
                public override string ToString() => Text;
            }

            [ContractObject]
            public sealed class Plain { [ContractMember("text")] public string Text { get; init; } = ""; }
            """);

        result.Diagnostics.Should().BeEmpty();
        var equality = result.Source("Model.Note.Equality.g.cs");
        equality.Should().Contain("partial class Note").And.Contain("public bool Equals(Note? other) =>")
            .And.Contain("string.Equals(Text, other.Text, global::System.StringComparison.Ordinal) &&")
            .And.Contain("global::SafetyModel.Primitives.Sequences.Equal(Tags, other.Tags) &&")
            .And.Contain("global::System.Collections.Generic.EqualityComparer<int?>.Default.Equals(Count, other.Count);")
            .And.Contain("public override bool Equals(object? obj) => Equals(obj as Note);")
            .And.Contain("hash.Add(Text, global::System.StringComparer.Ordinal);").And.Contain("hash.Add(Tags[i], global::System.StringComparer.Ordinal);").And.Contain("hash.Add(Count);")
            .And.NotContain("Cache");
        result.Sources.Keys.Should().NotContain(k => k.Contains("Plain.Equality", StringComparison.Ordinal), "a class that is not partial keeps its own equality");
    }

    [Fact]
    public void A_partial_contract_object_that_declares_its_own_equality_is_a_build_error()
    {
        var result = Run("""
            using SafetyModel.Contract;
            using SafetyModel.Primitives;
            namespace Model;

            [ContractObject]
            public sealed partial class Note
            {
                [ContractMember("text")] public string Text { get; init; } = "";
                public override int GetHashCode() => 0;
            }
            """);

        result.Diagnostics.Select(d => d.Id).Should().Equal("SMGEN006");
        result.Diagnostics[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture).Should().Contain("GetHashCode");
        result.Sources.Should().NotContainKey("Model.Note.Equality.g.cs");
    }

    private static GeneratorRun Run(string source)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path));
        // As in the core's build, which generates its documentation file: the compiler parses and checks the comments.
        var options = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);
        var compilation = CSharpCompilation.Create(
            "Model",
            new[] { CSharpSyntaxTree.ParseText(Core, options, "Core.cs"), CSharpSyntaxTree.ParseText(source, options, "Model.cs") },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Id != "CS0535")
            .Should().BeEmpty("the declarations themselves compile (IEquatable<T> may wait for the generated equality)");

        var driver = CSharpGeneratorDriver.Create(new ContractGenerator()).WithUpdatedParseOptions(options)
            .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out _);
        var result = driver.GetRunResult().Results.Single();
        result.Exception.Should().BeNull();

        // The codecs need the core's serialization classes, which these tests do not compile; the equality needs only
        // the model, and must compile and implement IEquatable<T>.
        generated.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error
                && (d.Id == "CS0535" || d.Location.SourceTree?.FilePath.EndsWith(".Equality.g.cs", StringComparison.Ordinal) == true))
            .Should().BeEmpty("the generated equality compiles");
        return new GeneratorRun(
            result.Diagnostics,
            result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal));
    }

    private sealed record GeneratorRun(ImmutableArray<Diagnostic> Diagnostics, Dictionary<string, string> Sources)
    {
        public string Source(string hintName)
        {
            Sources.Should().ContainKey(hintName);
            return Sources[hintName];
        }
    }
}
