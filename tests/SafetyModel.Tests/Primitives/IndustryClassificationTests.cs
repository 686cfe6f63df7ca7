using SafetyModel.Primitives;

namespace SafetyModel.Tests.Primitives;

/// <summary>
/// GB/T 4754-2017 as shipped: 20 门类 A–T and 97 大类 01–97 (the standard's clause 4.1 and its table; names checked
/// against the reproductions cited in docs/units-and-enforcement.md), and the codes read from them.
/// </summary>
public class IndustryClassificationTests
{
    [Fact]
    public void There_are_twenty_sections_A_to_T_and_ninety_seven_divisions_01_to_97_in_order()
    {
        IndustryClassification.Sections.Select(s => s.Code).Should().Equal("ABCDEFGHIJKLMNOPQRST".Select(c => c.ToString()));
        IndustryClassification.Divisions.Select(d => d.Code).Should().Equal(Enumerable.Range(1, 97).Select(i => i.ToString("00", System.Globalization.CultureInfo.InvariantCulture)));
        IndustryClassification.Sections.Should().OnlyContain(s => s.IsSection && s.Section == s);
        IndustryClassification.Divisions.Should().OnlyContain(d => !d.IsSection);
    }

    [Theory]
    [InlineData("A", "农、林、牧、渔业", "01", "05")]
    [InlineData("B", "采矿业", "06", "12")]
    [InlineData("C", "制造业", "13", "43")]
    [InlineData("D", "电力、热力、燃气及水生产和供应业", "44", "46")]
    [InlineData("E", "建筑业", "47", "50")]
    [InlineData("F", "批发和零售业", "51", "52")]
    [InlineData("G", "交通运输、仓储和邮政业", "53", "60")]
    [InlineData("H", "住宿和餐饮业", "61", "62")]
    [InlineData("I", "信息传输、软件和信息技术服务业", "63", "65")]
    [InlineData("J", "金融业", "66", "69")]
    [InlineData("K", "房地产业", "70", "70")]
    [InlineData("L", "租赁和商务服务业", "71", "72")]
    [InlineData("M", "科学研究和技术服务业", "73", "75")]
    [InlineData("N", "水利、环境和公共设施管理业", "76", "79")]
    [InlineData("O", "居民服务、修理和其他服务业", "80", "82")]
    [InlineData("P", "教育", "83", "83")]
    [InlineData("Q", "卫生和社会工作", "84", "85")]
    [InlineData("R", "文化、体育和娱乐业", "86", "90")]
    [InlineData("S", "公共管理、社会保障和社会组织", "91", "96")]
    [InlineData("T", "国际组织", "97", "97")]
    public void Each_section_has_its_name_and_its_run_of_divisions(string letter, string name, string first, string last)
    {
        IndustryClassification.TryGetSection(letter, out var section).Should().BeTrue();
        section!.ChineseName.Should().Be(name);
        IndustryClassification.Divisions.Where(d => d.Section == section).Select(d => d.Code).Should()
            .Equal(IndustryClassification.Divisions.Select(d => d.Code).Where(c => string.CompareOrdinal(c, first) >= 0 && string.CompareOrdinal(c, last) <= 0));
    }

    [Theory]
    [InlineData("05", "农、林、牧、渔专业及辅助性活动")]
    [InlineData("11", "开采专业及辅助性活动")]
    [InlineData("15", "酒、饮料和精制茶制造业")]
    [InlineData("26", "化学原料和化学制品制造业")]
    [InlineData("37", "铁路、船舶、航空航天和其他运输设备制造业")]
    [InlineData("50", "建筑装饰、装修和其他建筑业")]
    [InlineData("57", "管道运输业")]
    [InlineData("59", "装卸搬运和仓储业")]
    [InlineData("65", "软件和信息技术服务业")]
    [InlineData("81", "机动车、电子产品和日用产品修理业")]
    [InlineData("96", "基层群众自治组织及其他组织")]
    public void Divisions_carry_the_standards_names(string code, string name)
    {
        IndustryClassification.TryGetDivision(code, out var division).Should().BeTrue();
        division!.ChineseName.Should().Be(name);
        IndustryClassification.TryGetSection(code, out _).Should().BeFalse("a 大类 is not a 门类");
    }

    [Theory]
    [InlineData("C2614", "C", "26", "261", "2614")]
    [InlineData("2614", "C", "26", "261", "2614")]
    [InlineData("B10", "B", "10", null, null)]
    [InlineData("G543", "G", "54", "543", null)]
    [InlineData("E", "E", null, null, null)]
    public void Codes_read_to_their_section_division_group_and_class(string text, string section, string? division, string? group, string? @class)
    {
        var code = IndustryCode.Parse(text);

        code.Section!.Code.Should().Be(section);
        code.Division?.Code.Should().Be(division);
        (code.Division is null).Should().Be(division is null);
        code.Group.Should().Be(group);
        code.Class.Should().Be(@class);
        code.Value.Should().Be(section + text.TrimStart('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T'));
    }

    [Theory]
    [InlineData("B26")]
    [InlineData("A13")]
    [InlineData("T96")]
    public void A_division_of_another_section_is_refused(string text)
    {
        IndustryCode.TryParse(text, out var code).Should().BeFalse();
        code.Should().Be(default(IndustryCode));
        ((Func<IndustryCode>)(() => IndustryCode.Parse(text))).Should().Throw<FormatException>().WithMessage("*大类*门类*");
    }

    [Theory]
    [InlineData("")]
    [InlineData("U")]
    [InlineData("Z01")]
    [InlineData("c26")]
    [InlineData("C2")]
    [InlineData("C26145")]
    [InlineData("C98")]
    [InlineData("00")]
    [InlineData("6")]
    [InlineData(" C26")]
    [InlineData("C2６")]
    [InlineData(null)]
    public void Malformed_codes_are_refused(string? text) => IndustryCode.TryParse(text, out _).Should().BeFalse();
}
