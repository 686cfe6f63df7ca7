using NodaTime;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Text;

namespace SafetyModel.Tests.Primitives;

/// <summary>The boundaries of division codes, reporting periods and credit codes: each rule at its edge.</summary>
public class PrimitiveCornerTests
{
    [Theory]
    [InlineData("150620", CountyKind.District)]
    [InlineData("150621", CountyKind.CountyOrBanner)]
    [InlineData("150680", CountyKind.CountyOrBanner)]
    [InlineData("150681", CountyKind.CountyLevelCity)]
    public void County_kinds_change_at_segments_20_and_80(string code, CountyKind kind) =>
        DivisionCode.Parse(code).CountyKind.Should().Be(kind);

    [Fact]
    public void A_division_is_within_itself_and_its_ancestors_only()
    {
        var county = DivisionCode.Parse("150626");
        var town = DivisionCode.Parse("150626103");

        town.IsWithin(county).Should().BeTrue();
        town.IsWithin(town).Should().BeTrue();
        county.IsWithin(town).Should().BeFalse("a county does not lie inside one of its towns");
        town.IsWithin(default).Should().BeFalse();
    }

    [Fact]
    public void Editions_run_from_1980_to_9999()
    {
        var town = DivisionCode.Parse("150626103");

        town.WithEdition(1980).Edition.Should().Be(1980);
        town.WithEdition(9999).Edition.Should().Be(9999);
        town.WithEdition(2023).WithEdition(null).Edition.Should().BeNull();
        ((Func<DivisionCode>)(() => town.WithEdition(1979))).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("edition").WithMessage("Division code editions run from 1980*");
        ((Func<DivisionCode>)(() => town.WithEdition(10000))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Equal_codes_are_neither_less_nor_greater()
    {
        var a = DivisionCode.Parse("150626103");
        var b = DivisionCode.Parse("150626103");

        (a < b).Should().BeFalse();
        (a > b).Should().BeFalse();
        (a <= b).Should().BeTrue();
        (a >= b).Should().BeTrue();
        (DivisionCode.Parse("150626") < a).Should().BeTrue();
        (a >= DivisionCode.Parse("150626104")).Should().BeFalse();
    }

    [Fact]
    public void A_period_contains_another_only_wholly()
    {
        var firstHalf = ReportingPeriod.ForHalfYear(2022, 1);
        var straddling = ReportingPeriod.ForInterval(new DateInterval(new LocalDate(2022, 6, 15), new LocalDate(2022, 7, 15)));

        firstHalf.Contains(ReportingPeriod.ForQuarter(2022, 2)).Should().BeTrue();
        ReportingPeriod.ForQuarter(2022, 2).Contains(firstHalf).Should().BeFalse();
        firstHalf.Contains(straddling).Should().BeFalse("it ends in July");
        straddling.Contains(ReportingPeriod.ForMonth(2022, 6)).Should().BeFalse("it starts on 15 June");
        ((Func<bool>)(() => firstHalf.Contains((ReportingPeriod)null!))).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void The_quarter_after_the_fourth_is_the_first_of_the_next_year()
    {
        ReportingPeriod.ForQuarter(2022, 4).Next().Should().Be(ReportingPeriod.ForQuarter(2023, 1));
        ReportingPeriod.ForQuarter(2022, 1).Next().Should().Be(ReportingPeriod.ForQuarter(2022, 2));
        ReportingPeriod.ForHalfYear(2022, 2).Next().Should().Be(ReportingPeriod.ForHalfYear(2023, 1));
    }

    [Fact]
    public void Periods_over_the_same_days_order_by_granularity()
    {
        var year = ReportingPeriod.ForYear(2022);
        var custom = ReportingPeriod.ForInterval(new DateInterval(new LocalDate(2022, 1, 1), new LocalDate(2022, 12, 31)));

        Math.Sign(year.CompareTo(custom)).Should().Be(Math.Sign(PeriodGranularity.Year.CompareTo(custom.Granularity)));
        year.CompareTo(custom).Should().NotBe(0);
        year.CompareTo(ReportingPeriod.ForYear(2022)).Should().Be(0);
        year.CompareTo(ReportingPeriod.ForHalfYear(2022, 1)).Should().BePositive("the first half ends first");
    }

    [Fact]
    public void Null_periods_sort_first()
    {
        var month = ReportingPeriod.ForMonth(2022, 6);
        ReportingPeriod? none = null;
        ReportingPeriod? alsoNone = null;

        (none < month).Should().BeTrue();
        (month > none).Should().BeTrue();
        (none < alsoNone).Should().BeFalse();
        (none <= alsoNone).Should().BeTrue();
        (month < ReportingPeriod.ForMonth(2022, 6)).Should().BeFalse();
        (month <= ReportingPeriod.ForMonth(2022, 6)).Should().BeTrue();
        month.CompareTo(null).Should().BePositive();
    }

    [Fact]
    public void TryParse_gives_the_period_or_null()
    {
        ReportingPeriod.TryParse("2022-H1", out var half).Should().BeTrue();
        half.Should().Be(ReportingPeriod.ForHalfYear(2022, 1));
        ReportingPeriod.TryParse("2022-H3", out var none).Should().BeFalse();
        none.Should().BeNull();
    }

    [Fact]
    public void Period_factories_say_what_range_they_take()
    {
        ((Func<ReportingPeriod>)(() => ReportingPeriod.ForYear(1))).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("year").WithMessage("The year must be from 2 to 9998.*");
        ((Func<ReportingPeriod>)(() => ReportingPeriod.ForQuarter(2022, 5))).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("The value must be from 1 to 4.*");
    }

    [Fact]
    public void A_credit_code_has_four_parts_and_a_default_code_has_none()
    {
        var code = UnifiedSocialCreditCode.Parse("91330100799655058B");
        var none = default(UnifiedSocialCreditCode);

        (code.RegistrationAuthority, code.OrganisationType, code.DivisionDigits, code.OrganisationCode).Should().Be(('9', '1', "330100", "799655058"));
        (none.Value, none.RegistrationAuthority, none.OrganisationType, none.DivisionDigits, none.OrganisationCode)
            .Should().Be((string.Empty, '\0', '\0', string.Empty, string.Empty));
    }

    [Fact]
    public void Lower_case_from_a_is_read_as_upper_case_with_one_note_over_the_whole_code()
    {
        const string first17 = "91330100799655A5A";
        var code = first17 + UnifiedSocialCreditCode.CheckCharacter(first17);

        var result = UnifiedSocialCreditCode.ParseDetailed(" " + code.ToLowerInvariant());

        result.Value.Value.Should().Be(code);
        var note = result.Notes.Should().ContainSingle().Which;
        (note.Code, note.Position, note.Length).Should().Be((ParseCodes.CreditCodeLowerCase, 1, 18));
        UnifiedSocialCreditCode.ParseDetailed(code).Notes.Should().BeEmpty();
    }

    [Fact]
    public void The_check_character_needs_seventeen_valid_characters() =>
        ((Func<char>)(() => UnifiedSocialCreditCode.CheckCharacter("9133010079965505I"))).Should().Throw<ArgumentException>()
            .WithMessage("The check character is computed over 17 characters of 0-9 A-H J-N P-R T-U W-Y.*");
}
