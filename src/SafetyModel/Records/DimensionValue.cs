using System;

namespace SafetyModel.Records;

/// <summary>
/// A record's value for an <see cref="AggregationDimension"/>: the code that keys the row (an inspection type's code, a
/// campaign's id) and, where the code is not a name in its own right, the Chinese name the row shows.
/// </summary>
public readonly struct DimensionValue : IEquatable<DimensionValue>
{
    private readonly string? _code;

    /// <summary>Creates a value.</summary>
    /// <param name="code">The code; the empty string for no value (未注明).</param>
    /// <param name="name">The Chinese name, or <see langword="null"/> when the code is shown as it is.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    public DimensionValue(string code, string? name = null)
    {
        _code = code ?? throw new ArgumentNullException(nameof(code));
        Name = name;
    }

    /// <summary>Gets the code; the empty string for no value.</summary>
    public string Code => _code ?? string.Empty;

    /// <summary>Gets the Chinese name, or <see langword="null"/>.</summary>
    public string? Name { get; }

    /// <summary>Compares two values by code and name.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(DimensionValue left, DimensionValue right) => left.Equals(right);

    /// <summary>Compares two values by code and name.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(DimensionValue left, DimensionValue right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(DimensionValue other) => string.Equals(Code, other.Code, StringComparison.Ordinal) && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DimensionValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Returns the code and the name.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => Name is null ? Code : $"{Code} {Name}";
}
