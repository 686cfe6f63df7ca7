using System;

namespace SafetyModel.Primitives;

/// <summary>One end of the interval a <see cref="Quantity"/> implies: a value, and whether the interval includes it.</summary>
public readonly struct QuantityBound : IEquatable<QuantityBound>
{
    /// <summary>Creates a bound.</summary>
    /// <param name="value">The value.</param>
    /// <param name="inclusive">Whether the interval includes <paramref name="value"/>.</param>
    public QuantityBound(decimal value, bool inclusive)
    {
        Value = value;
        Inclusive = inclusive;
    }

    /// <summary>Gets the value of the bound.</summary>
    public decimal Value { get; }

    /// <summary>Gets a value indicating whether the interval includes <see cref="Value"/>.</summary>
    public bool Inclusive { get; }

    /// <summary>Creates a bound that includes its value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The bound.</returns>
    public static QuantityBound Including(decimal value) => new(value, inclusive: true);

    /// <summary>Creates a bound that excludes its value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The bound.</returns>
    public static QuantityBound Excluding(decimal value) => new(value, inclusive: false);

    /// <inheritdoc />
    public bool Equals(QuantityBound other) => Value == other.Value && Inclusive == other.Inclusive;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is QuantityBound other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, Inclusive);

    /// <summary>Returns the value followed by <c>(included)</c> or <c>(excluded)</c>.</summary>
    /// <returns>A readable bound.</returns>
    public override string ToString() =>
        Quantity.FormatNumber(Value) + (Inclusive ? " (included)" : " (excluded)");

    /// <summary>Compares two bounds.</summary>
    /// <param name="left">The first bound.</param>
    /// <param name="right">The second bound.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(QuantityBound left, QuantityBound right) => left.Equals(right);

    /// <summary>Compares two bounds.</summary>
    /// <param name="left">The first bound.</param>
    /// <param name="right">The second bound.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(QuantityBound left, QuantityBound right) => !left.Equals(right);
}
