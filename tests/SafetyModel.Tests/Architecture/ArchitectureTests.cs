using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using Xunit;

namespace SafetyModel.Tests.Architecture;

/// <summary>The floors of docs/architecture.md: a folder of the core uses only the folders listed for it.</summary>
public sealed partial class ArchitectureTests
{
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Contract"] = Array.Empty<string>(),
        ["Diagnostics"] = new[] { "Contract" },
        ["Text"] = new[] { "Contract", "Diagnostics" },
        ["Primitives"] = new[] { "Contract", "Diagnostics", "Text" },
        ["Documents"] = new[] { "Contract", "Diagnostics", "Text", "Primitives" },
        ["Work"] = new[] { "Contract", "Diagnostics", "Text", "Primitives", "Documents" },
        ["Accidents"] = new[] { "Contract", "Diagnostics", "Text", "Primitives" },
        ["Reports"] = new[] { "Contract", "Diagnostics", "Text", "Primitives", "Documents", "Work", "Accidents" },
        ["Extraction"] = new[] { "Contract", "Diagnostics", "Text", "Primitives", "Documents", "Work", "Accidents", "Reports" },
        ["Validation"] = new[] { "Contract", "Diagnostics", "Text", "Primitives", "Documents", "Work", "Accidents", "Reports" },
        ["Records"] = new[] { "Contract", "Diagnostics", "Text", "Primitives", "Documents", "Work", "Accidents", "Reports", "Validation" },
        ["Aggregation"] = new[] { "Contract", "Diagnostics", "Text", "Primitives", "Documents", "Work", "Accidents", "Reports", "Validation", "Records" },
        ["Serialization"] = new[] { "Contract", "Diagnostics", "Text", "Primitives", "Documents", "Work", "Accidents", "Reports", "Validation", "Records", "Aggregation" },
    };

    [Fact]
    public void Every_folder_of_the_core_uses_only_the_floors_below_it()
    {
        var root = Path.Combine(SafetyModel.Tests.Text.MessageCatalogTests.RepositoryRoot(), "src", "SafetyModel");
        var folders = Directory.GetDirectories(root).Select(Path.GetFileName).Where(f => f is not ("bin" or "obj" or "Resources")).ToList();
        folders.Should().BeEquivalentTo(Allowed.Keys, "every folder of the core has a floor in docs/architecture.md");

        var reaches = new List<string>();
        foreach (var folder in folders)
        {
            foreach (var file in Directory.GetFiles(Path.Combine(root, folder!), "*.cs", SearchOption.AllDirectories))
            {
                foreach (Match use in Using().Matches(File.ReadAllText(file)))
                {
                    var used = use.Groups[1].Value;
                    if (used != folder && !Allowed[folder!].Contains(used))
                    {
                        reaches.Add($"{folder}/{Path.GetFileName(file)} uses SafetyModel.{used}");
                    }
                }
            }
        }

        reaches.Should().BeEmpty("a floor uses only the floors below it (docs/architecture.md)");
    }

    [Fact]
    public void The_check_finds_a_folder_that_reaches_up()
    {
        Using().Matches("using System;\nusing SafetyModel.Aggregation;\nnamespace SafetyModel.Work;").Select(m => m.Groups[1].Value)
            .Should().Equal("Aggregation");
        Allowed["Work"].Should().NotContain("Aggregation");
    }

    [GeneratedRegex(@"^using (?:static )?SafetyModel\.(\w+)", RegexOptions.Multiline)]
    private static partial Regex Using();
}
