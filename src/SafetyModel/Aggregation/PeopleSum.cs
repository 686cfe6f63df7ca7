using SafetyModel.Primitives;

namespace SafetyModel.Aggregation;

/// <summary>
/// The sum of figures that count people (<c>人</c>, <c>名</c>, <c>人次</c>), kept as an interval so that approximate
/// figures stay approximate: the sum of <c>300余人</c> and <c>20人</c> is more than 320, with no upper bound known
/// only when some figure has none. Summed in 人次 (person-times), as training and publicity statistics count them.
/// </summary>
internal struct PeopleSum
{
    private decimal _stated;
    private decimal _lower;
    private decimal _upper;
    private bool _inexact;
    private bool _lowerOpen;
    private bool _upperOpen;
    private bool _unbounded;

    /// <summary>Adds a figure; returns false, adding nothing, when its unit counts no people (<c>户</c>).</summary>
    public bool Add(Quantity quantity)
    {
        if (quantity.Unit != QuantityUnit.Person && quantity.Unit != QuantityUnit.NamedPerson && quantity.Unit != QuantityUnit.PersonTime)
        {
            return false;
        }

        _stated += quantity.Stated;
        _lower += quantity.Lower.Value;
        _lowerOpen |= !quantity.Lower.Inclusive;
        _inexact |= !quantity.IsExact;
        if (quantity.Upper is { } upper)
        {
            _upper += upper.Value;
            _upperOpen |= !upper.Inclusive;
        }
        else
        {
            _unbounded = true;
        }

        return true;
    }

    public void Merge(PeopleSum other)
    {
        _stated += other._stated;
        _lower += other._lower;
        _upper += other._upper;
        _inexact |= other._inexact;
        _lowerOpen |= other._lowerOpen;
        _upperOpen |= other._upperOpen;
        _unbounded |= other._unbounded;
    }

    public readonly Quantity ToQuantity() => ToQuantity(QuantityUnit.PersonTime);

    /// <summary>The sum in a people unit (人次 in tables; the stated figure's own unit when reconciling).</summary>
    public readonly Quantity ToQuantity(QuantityUnit unit)
    {
        if (!_inexact)
        {
            return Quantity.Exact(_stated, unit);
        }

        return Quantity.FromParts(
            QuantityQualifier.Derived, _stated, null, new QuantityBound(_lower, !_lowerOpen), _unbounded ? null : new QuantityBound(_upper, !_upperOpen),
            unit, null, out _)!;
    }
}
