using NodaTime;
using SafetyModel.Diagnostics;
using SafetyModel.Text;

namespace SafetyModel.Tests.Text;

/// <summary>
/// A date that cannot be read says exactly what is wrong and where: the code, the position in the text as given
/// (leading spaces counted) and the length of the fault — in every form (年月日, Chinese numerals, separators).
/// </summary>
public class DateDiagnosticsTests
{
    [Theory]
    // The 年月日 form; a leading space shifts every position by one.
    [InlineData(" x2022年7月7日", ParseCodes.UnexpectedCharacter, 1, 1)]
    [InlineData(" 22年7月7日", ParseCodes.YearNotFourDigits, 1, 2)]
    [InlineData(" 20221年7月7日", ParseCodes.UnexpectedCharacter, 5, 1)]
    [InlineData(" 2022年x月7日", ParseCodes.UnexpectedCharacter, 6, 1)]
    [InlineData(" 2022年", ParseCodes.UnexpectedEnd, 6, 0)]
    [InlineData(" 2022年7日", ParseCodes.UnexpectedCharacter, 7, 1)]
    [InlineData(" 2022年7", ParseCodes.UnexpectedEnd, 7, 0)]
    [InlineData(" 2022年13月1日", ParseCodes.MonthOutOfRange, 1, 7)]
    [InlineData(" 2022年12月", ParseCodes.MissingDay, 9, 0)]
    [InlineData(" 2022年6月份7日", ParseCodes.UnexpectedCharacter, 9, 1)]
    [InlineData(" 2022年7月x日", ParseCodes.UnexpectedCharacter, 8, 1)]
    [InlineData(" 2022年7月7", ParseCodes.UnexpectedEnd, 9, 0)]
    [InlineData(" 2022年7月7x", ParseCodes.UnexpectedCharacter, 9, 1)]
    [InlineData(" 2022年7月7日x", ParseCodes.UnexpectedCharacter, 10, 1)]
    [InlineData(" 7月7日", ParseCodes.MissingYear, 1, 4)]
    [InlineData(" 2022年2月30日", ParseCodes.DayOutOfRange, 1, 10)]
    [InlineData(" 0000年7月7日", ParseCodes.YearNotFourDigits, 1, 9)]
    // The separated form.
    [InlineData(" 22.7.7", ParseCodes.YearNotFourDigits, 1, 2)]
    [InlineData(" 2022.x.7", ParseCodes.UnexpectedCharacter, 6, 1)]
    [InlineData(" 2022.", ParseCodes.UnexpectedEnd, 6, 0)]
    [InlineData(" 2022.7", ParseCodes.UnexpectedEnd, 7, 0)]
    [InlineData(" 2022.7x7", ParseCodes.UnexpectedCharacter, 7, 1)]
    [InlineData(" 2022.7-7", ParseCodes.MixedDateSeparators, 7, 1)]
    [InlineData(" 2022.13.1", ParseCodes.MonthOutOfRange, 6, 2)]
    [InlineData(" 2022.0.1", ParseCodes.MonthOutOfRange, 6, 1)]
    [InlineData(" 2022.7.", ParseCodes.UnexpectedEnd, 8, 0)]
    [InlineData(" 2022.7.x", ParseCodes.UnexpectedCharacter, 8, 1)]
    [InlineData(" 2022.7.7x", ParseCodes.UnexpectedCharacter, 9, 1)]
    [InlineData(" 2022.2.30", ParseCodes.DayOutOfRange, 1, 9)]
    [InlineData(" 0000.7.7", ParseCodes.YearNotFourDigits, 1, 8)]
    public void A_date_that_cannot_be_read_names_the_fault_and_its_place(string text, string code, int position, int length)
    {
        var error = ChineseDates.ParseDetailed(text).Error!;

        (error.Code, error.Position, error.Length).Should().Be((code, position, length));
    }

    [Theory]
    [InlineData("07月7日", ParseCodes.DateZeroPadded, ParseCodes.YearFromContext)]
    [InlineData("2022.07.7", ParseCodes.DateWithSeparators, ParseCodes.DateZeroPadded)]
    [InlineData("2022.7.07", ParseCodes.DateWithSeparators, ParseCodes.DateZeroPadded)]
    [InlineData("2022 年7月 7日", ParseCodes.SpacesIgnored)]
    [InlineData("2022年7月7號", ParseCodes.DayWrittenWithHao)]
    public void Each_normalisation_is_noted_once_however_often_it_occurs(string text, params string[] notes)
    {
        var result = ChineseDates.ParseDetailed(text, 2022);

        result.Value.Should().Be(new LocalDate(2022, 7, 7));
        result.Notes.Select(n => n.Code).Should().BeEquivalentTo(notes);
    }

    [Theory]
    [InlineData("2022.1.1", 2022, 1, 1)]
    [InlineData("2022.12.31", 2022, 12, 31)]
    [InlineData("九九九九年一月一日", 9999, 1, 1)]
    [InlineData("0001年1月1日", 1, 1, 1)]
    public void The_first_and_last_months_and_years_are_dates(string text, int year, int month, int day) =>
        ChineseDates.Parse(text).Should().Be(new LocalDate(year, month, day));

    [Theory]
    [InlineData("2022.6.7")]
    [InlineData("2022年6月7日")]
    public void A_whole_date_is_not_a_month(string text)
    {
        var error = ChineseDates.ParseYearMonthDetailed(text).Error!;

        error.Code.Should().Be(ParseCodes.UnexpectedCharacter);
    }

    [Fact]
    public void A_month_written_with_fen_reads_as_the_month_and_takes_no_day()
    {
        var month = ChineseDates.ParseYearMonthDetailed("2022年6月份");

        month.Value.Should().Be(new YearMonth(2022, 6));
        ChineseDates.ParseDetailed("2022年6月份7日").Success.Should().BeFalse();
    }
}
