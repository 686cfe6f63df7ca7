using System;
using SafetyModel.Contract;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;

namespace SafetyModel.Work;

/// <summary>A figure of something counted: an indicator and a quantity — <c>横幅 16条</c>, <c>宣传单 500余份</c>.</summary>
[ContractObject]
public sealed partial class Figure : IEquatable<Figure>
{
    /// <summary>Creates a figure.</summary>
    /// <param name="indicator">What is counted.</param>
    /// <param name="quantity">How many or how much, possibly approximate.</param>
    /// <exception cref="ArgumentNullException"><paramref name="quantity"/> is <see langword="null"/>.</exception>
    public Figure(Indicator indicator, Quantity quantity)
    {
        Indicator = indicator;
        Quantity = quantity ?? throw new ArgumentNullException(nameof(quantity));
    }

    /// <summary>Gets what is counted.</summary>
    [ContractMember("indicator", Required = true)]
    public Indicator Indicator { get; }

    /// <summary>Gets how many or how much.</summary>
    [ContractMember("quantity", Required = true)]
    public Quantity Quantity { get; }

    /// <summary>Returns <c>横幅 16条</c>.</summary>
    /// <returns>A readable figure.</returns>
    public override string ToString() => Indicator.ChineseName + " " + Quantity;
}
