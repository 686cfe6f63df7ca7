namespace SafetyModel.Aggregation;

/// <summary>How far a <see cref="RateValue"/> could be worked out.</summary>
public enum RateStatus
{
    /// <summary>Both figures are exact: <see cref="RateValue.Value"/> holds the rate.</summary>
    Exact = 0,

    /// <summary>
    /// A figure is approximate (a 概数 such as 300余人): the rate lies between <see cref="RateValue.Lower"/> and
    /// <see cref="RateValue.Upper"/>, and no single value is made up.
    /// </summary>
    Approximate = 1,

    /// <summary>The denominator is zero (no hazards found, say): the rate is undefined, not 0 and not 100%.</summary>
    ZeroDenominator = 2,

    /// <summary>No denominator figure is known for the row (see <see cref="RateDenominator"/>).</summary>
    NoDenominator = 3,
}
