using SafetyModel.Diagnostics;
using SafetyModel.Documents;
using SafetyModel.Text;

namespace SafetyModel.Tests.Documents;

/// <summary>Secrecy markings at the edges of what GB/T 9704-2012 §7.2.2 allows.</summary>
public class SecrecyMarkingCornerTests
{
    [Theory]
    [InlineData("秘密★100年", 100)]
    [InlineData("机密★1年", 1)]
    public void Periods_from_1_to_100_years_are_read(string text, int years) =>
        SecrecyMarking.Parse(text).Years.Should().Be(years);

    [Theory]
    [InlineData("秘密★101年", ParseCodes.BadSecrecyPeriod, 2, 5)]
    [InlineData(" 秘密★0年", ParseCodes.BadSecrecyPeriod, 3, 3)]
    [InlineData("秘密★年", ParseCodes.BadSecrecyPeriod, 2, 2)]
    [InlineData("秘密1年", ParseCodes.BadSecrecyPeriod, 2, 2)]
    [InlineData("秘密★1", ParseCodes.BadSecrecyPeriod, 2, 2)]
    [InlineData("秘", ParseCodes.UnknownSecrecyLevel, 0, 1)]
    [InlineData("秘密★一二三四五六七八九十一二三年", ParseCodes.UnknownSecrecyLevel, 0, 2)]
    [InlineData("普通", ParseCodes.UnknownSecrecyLevel, 0, 2)]
    [InlineData("  ", ParseCodes.EmptyText, 0, 2)]
    public void Refuses_saying_what_and_where(string text, string code, int position, int length)
    {
        var error = SecrecyMarking.ParseDetailed(text).Error!;

        (error.Code, error.Position, error.Length).Should().Be((code, position, length));
    }

    [Fact]
    public void A_hollow_star_is_read_with_a_note_over_the_marking()
    {
        var result = SecrecyMarking.ParseDetailed(" 秘密☆1年");

        result.Value.Should().Be(new SecrecyMarking(SecrecyLevel.Secret, 1));
        var note = result.Notes.Should().ContainSingle().Which;
        (note.Code, note.Position, note.Length).Should().Be((ParseCodes.HollowStar, 1, 5));
        SecrecyMarking.ParseDetailed("秘密★1年").Notes.Should().BeEmpty();
    }

    [Fact]
    public void Markings_compare_by_level_and_years()
    {
        new SecrecyMarking(SecrecyLevel.Secret, 1).Should().Be(new SecrecyMarking(SecrecyLevel.Secret, 1));
        new SecrecyMarking(SecrecyLevel.Secret, 1).Should().NotBe(new SecrecyMarking(SecrecyLevel.Secret, 2));
        new SecrecyMarking(SecrecyLevel.Secret, 1).Should().NotBe(new SecrecyMarking(SecrecyLevel.Confidential, 1));
        new SecrecyMarking(SecrecyLevel.Secret).Equals(null).Should().BeFalse();
    }
}
