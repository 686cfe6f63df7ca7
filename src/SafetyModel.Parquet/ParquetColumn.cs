using System;
using SafetyModel.Primitives;

namespace SafetyModel.Parquet;

/// <summary>
/// One column of the Parquet table of a record kind: its name (snake_case, from the contract member's name), its Parquet
/// type, the contract member it holds (a JSON Pointer, RFC 6901, into the record's JSON) and what it is for.
/// </summary>
public sealed class ParquetColumn
{
    internal ParquetColumn(string name, ParquetColumnType type, ParquetColumnRole role, string member, string? property, string description, DivisionLevel? level = null)
    {
        Name = name;
        Type = type;
        Role = role;
        Member = member;
        Property = property;
        Description = description;
        Level = level;
    }

    /// <summary>Gets the column's name: the contract member's name in snake_case (<c>hazards_found</c>), a flat object's properties after it (<c>people_reached_lower</c>).</summary>
    public string Name { get; }

    /// <summary>Gets the column's Parquet type.</summary>
    public ParquetColumnType Type { get; }

    /// <summary>Gets where the column's values come from.</summary>
    public ParquetColumnRole Role { get; }

    /// <summary>Gets the name of the contract member the column holds or is derived from (<c>peopleReached</c>); empty for <see cref="ParquetColumnRole.Unknown"/>.</summary>
    public string Member { get; }

    /// <summary>Gets the property of the member's object the column holds (<c>lower</c> of a quantity), or null when the column holds the whole member.</summary>
    public string? Property { get; }

    /// <summary>Gets what the column holds, in English (from the contract's JSON Schema description where it has one).</summary>
    public string Description { get; }

    /// <summary>Gets the SQL type DuckDB reads the column as (<c>VARCHAR</c>, <c>DATE</c>, <c>DECIMAL(38,18)</c>, <c>VARCHAR[]</c>, …).</summary>
    public string SqlType => Type switch
    {
        ParquetColumnType.Integer32 => "INTEGER",
        ParquetColumnType.Integer64 => "BIGINT",
        ParquetColumnType.ExactNumber => "DECIMAL(38,18)",
        ParquetColumnType.Boolean => "BOOLEAN",
        ParquetColumnType.Date => "DATE",
        ParquetColumnType.TextList => "VARCHAR[]",
        _ => "VARCHAR",
    };

    internal DivisionLevel? Level { get; }

    internal bool IsReadBack => Role is ParquetColumnRole.Member or ParquetColumnRole.Presence or ParquetColumnRole.Unknown;

    /// <summary>Returns the column's name and SQL type.</summary>
    /// <returns>The name and type, such as <c>start DATE</c>.</returns>
    public override string ToString() => $"{Name} {SqlType}";

    internal static string SnakeCase(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length + 8);
        foreach (var c in name)
        {
            if (char.IsUpper(c))
            {
                if (builder.Length > 0)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c == '-' ? '_' : c);
            }
        }

        return builder.ToString();
    }

    internal static string Require(string? value, string what) =>
        string.IsNullOrEmpty(value) ? throw new ArgumentException($"{what} is missing.") : value!;
}
