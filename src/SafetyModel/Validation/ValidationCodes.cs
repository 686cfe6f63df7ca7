namespace SafetyModel.Validation;

/// <summary>
/// The stable codes of the validation issues this library reports (<see cref="ValidationIssue.Code"/>). A code is
/// never renamed or reused. The full list with an example each is in <c>docs/diagnostic-codes.md</c>.
/// </summary>
/// <remarks>
/// Ranges: <c>SM2xxx</c> general; <c>SM3xxx</c> official documents; <c>SM4xxx</c> records; <c>SM5xxx</c> reports;
/// <c>SM6xxx</c> accidents; <c>SM7xxx</c> campaigns; <c>SM8xxx</c> the JSON contract. Codes below <c>SM2000</c> are
/// parse codes (see <see cref="SafetyModel.Text.ParseCodes"/>). Codes of users' own rules should not start with
/// <c>SM</c>.
/// </remarks>
public static class ValidationCodes
{
    /// <summary>
    /// <c>SM2001</c> (information) — a code that is not one of the well-known values of an open list; it is kept as
    /// given. Arguments <c>code</c>, <c>list</c>.
    /// </summary>
    public const string UnknownCode = "SM2001";

    /// <summary><c>SM2002</c> (error) — a required value is missing. Argument <c>member</c>.</summary>
    public const string Required = "SM2002";
}
