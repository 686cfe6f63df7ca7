using SafetyModel.Diagnostics;
using SafetyModel.Documents;

namespace SafetyModel.Tests.Documents;

/// <summary>An outline section (一、 （一） 1. （1）, GB/T 9704-2012 §7.3.3) holds what it is given and refuses what cannot be.</summary>
public class OutlineSectionTests
{
    private static OutlineSection Section(string heading = "高度重视", params OutlineSection[] children) =>
        new(1, 1, "一、", heading, new[] { "段落一", "段落二" }, children);

    [Fact]
    public void A_section_gives_back_its_parts_and_writes_its_heading_line()
    {
        var child = new OutlineSection(2, 3, "（三）", "加强宣传");
        var section = Section("高度重视，强力部署安全生产工作", child);

        section.Level.Should().Be(1);
        section.Number.Should().Be(1);
        section.Marker.Should().Be("一、");
        section.Heading.Should().Be("高度重视，强力部署安全生产工作");
        section.Paragraphs.Should().Equal("段落一", "段落二");
        section.Children.Should().Equal(child);
        section.ToString().Should().Be("一、高度重视，强力部署安全生产工作");
        child.Paragraphs.Should().BeEmpty();
        child.Children.Should().BeEmpty();
    }

    [Theory]
    [InlineData(0, 1, "level", "Outline levels run from 1 to 4.*")]
    [InlineData(5, 1, "level", "Outline levels run from 1 to 4.*")]
    [InlineData(1, 0, "number", "Section numbers start at 1.*")]
    public void Levels_and_numbers_out_of_range_are_refused(int level, int number, string parameter, string message)
    {
        var act = () => new OutlineSection(level, number, "一、", "标题");

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage(message).Which.ParamName.Should().Be(parameter);
    }

    [Fact]
    public void The_four_levels_and_any_positive_number_are_allowed()
    {
        new OutlineSection(4, 1, "（1）", "标题").Level.Should().Be(4);
        new OutlineSection(1, 99, "九十九、", "标题").Number.Should().Be(99);
    }

    [Fact]
    public void Null_parts_are_refused_naming_them()
    {
        ((Func<OutlineSection>)(() => new OutlineSection(1, 1, null!, "标题"))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("marker");
        ((Func<OutlineSection>)(() => new OutlineSection(1, 1, "一、", null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("heading");
        ((Func<OutlineSection>)(() => new OutlineSection(1, 1, "一、", "标题", new[] { "段落", null! })))
            .Should().Throw<ArgumentNullException>().WithMessage("A section holds no null paragraph or sub-section.*");
        ((Func<OutlineSection>)(() => new OutlineSection(1, 1, "一、", "标题", null, new OutlineSection[] { null! })))
            .Should().Throw<ArgumentNullException>().WithMessage("A section holds no null paragraph or sub-section.*");
    }

    [Fact]
    public void A_section_keeps_its_own_copy_of_its_lists()
    {
        var paragraphs = new List<string> { "段落一" };
        var section = new OutlineSection(1, 1, "一、", "标题", paragraphs);

        paragraphs.Add("段落二");

        section.Paragraphs.Should().Equal("段落一");
    }

    [Fact]
    public void Sections_are_equal_when_every_part_is_and_their_hash_codes_agree()
    {
        var section = Section("高度重视", new OutlineSection(2, 1, "（一）", "子标题"));

        section.Should().Be(Section("高度重视", new OutlineSection(2, 1, "（一）", "子标题")));
        section.Equals((object)Section("高度重视", new OutlineSection(2, 1, "（一）", "子标题"))).Should().BeTrue();
        section.GetHashCode().Should().Be(Section("高度重视", new OutlineSection(2, 1, "（一）", "子标题")).GetHashCode());
        section.Should().NotBe(Section("高度重视", new OutlineSection(2, 1, "（一）", "另一个")), "sub-sections count");
        section.GetHashCode().Should().NotBe(Section("高度重视", new OutlineSection(2, 2, "（二）", "子标题")).GetHashCode(), "sub-sections feed the hash");
        section.Should().NotBe(Section("重视"));
        section.Should().NotBe(new OutlineSection(2, 1, "一、", "高度重视", new[] { "段落一", "段落二" }, section.Children));
        section.Should().NotBe(new OutlineSection(1, 2, "一、", "高度重视", new[] { "段落一", "段落二" }, section.Children));
        section.Should().NotBe(new OutlineSection(1, 1, "1.", "高度重视", new[] { "段落一", "段落二" }, section.Children));
        section.Should().NotBe(new OutlineSection(1, 1, "一、", "高度重视", new[] { "段落一" }, section.Children));
        section.Equals((object)"一、高度重视").Should().BeFalse();
        section.Equals((OutlineSection?)null).Should().BeFalse();
    }

    [Fact]
    public void Secrecy_markings_refuse_undefined_levels_and_periods_below_a_year()
    {
        ((Func<SecrecyMarking>)(() => new SecrecyMarking((SecrecyLevel)99))).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("Unknown secrecy level.*").Which.ParamName.Should().Be("level");
        ((Func<SecrecyMarking>)(() => new SecrecyMarking(SecrecyLevel.Secret, 0))).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("A secrecy period is at least one year.*").Which.ParamName.Should().Be("years");
        new SecrecyMarking(SecrecyLevel.Confidential, 5).ToString().Should().Be("机密★5年");
        SecrecyMarking.ParseDetailed(null!).Error!.Code.Should().Be(SafetyModel.Diagnostics.ParseCodes.NullText);
        new SecrecyMarking(SecrecyLevel.Secret, 3).GetHashCode().Should().Be(new SecrecyMarking(SecrecyLevel.Secret, 3).GetHashCode());
        new SecrecyMarking(SecrecyLevel.Secret, 3).Should().NotBe(new SecrecyMarking(SecrecyLevel.Secret, 4));
    }
}
