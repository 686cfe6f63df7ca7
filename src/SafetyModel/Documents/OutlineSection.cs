using System;
using System.Collections.Generic;
using System.Linq;
using SafetyModel.Contract;
using SafetyModel.Diagnostics;

namespace SafetyModel.Documents;

/// <summary>
/// A section of a document's body: a heading with its level and marker — 一、 (level 1), （一） (2), 1. (3),
/// （1） (4), the usual 结构层次序数 of GB/T 9704-2012 §7.3.3 — the paragraphs under it, and its sub-sections.
/// </summary>
/// <remarks>Immutable; equality compares every member, collections by content.</remarks>
[ContractObject]
public sealed partial class OutlineSection : IEquatable<OutlineSection>
{
    private readonly string[] _paragraphs;
    private readonly OutlineSection[] _children;

    /// <summary>Creates a section.</summary>
    /// <param name="level">The level, 1 to 4.</param>
    /// <param name="number">The number the marker states (一 → 1).</param>
    /// <param name="marker">The marker as written, such as <c>一、</c> or <c>（一）</c>.</param>
    /// <param name="heading">The heading text after the marker.</param>
    /// <param name="paragraphs">The paragraphs under the heading, before any sub-section.</param>
    /// <param name="children">The sub-sections.</param>
    /// <exception cref="ArgumentOutOfRangeException">The level is not 1–4, or the number is not positive.</exception>
    /// <exception cref="ArgumentNullException">A text or collection is <see langword="null"/>.</exception>
    public OutlineSection(int level, int number, string marker, string heading, IEnumerable<string>? paragraphs = null, IEnumerable<OutlineSection>? children = null)
    {
        if (level is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Outline levels run from 1 to 4.");
        }

        if (number < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "Section numbers start at 1.");
        }

        Level = level;
        Number = number;
        Marker = marker ?? throw new ArgumentNullException(nameof(marker));
        Heading = heading ?? throw new ArgumentNullException(nameof(heading));
        _paragraphs = paragraphs?.ToArray() ?? Array.Empty<string>();
        _children = children?.ToArray() ?? Array.Empty<OutlineSection>();
        if (_paragraphs.Any(p => p is null) || _children.Any(c => c is null))
        {
            throw new ArgumentNullException(nameof(paragraphs), "A section holds no null paragraph or sub-section.");
        }
    }

    /// <summary>Gets the level: 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）.</summary>
    [ContractMember("level", Required = true)]
    public int Level { get; }

    /// <summary>Gets the number the marker states.</summary>
    [ContractMember("number", Required = true)]
    public int Number { get; }

    /// <summary>Gets the marker as written.</summary>
    [ContractMember("marker", Required = true)]
    public string Marker { get; }

    /// <summary>Gets the heading after the marker.</summary>
    [ContractMember("heading", Required = true)]
    public string Heading { get; }

    /// <summary>Gets the paragraphs under the heading, before any sub-section.</summary>
    [ContractMember("paragraphs")]
    public IReadOnlyList<string> Paragraphs => _paragraphs;

    /// <summary>Gets the sub-sections.</summary>
    [ContractMember("children")]
    public IReadOnlyList<OutlineSection> Children => _children;

    /// <summary>Returns the marker and heading, such as <c>一、高度重视，强力部署安全生产工作</c>.</summary>
    /// <returns>The heading line.</returns>
    public override string ToString() => Marker + Heading;
}
