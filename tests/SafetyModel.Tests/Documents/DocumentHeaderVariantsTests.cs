using SafetyModel.Diagnostics;
using SafetyModel.Documents;

namespace SafetyModel.Tests.Documents;

/// <summary>
/// Issue 22: headers as real pages and scans print them — the number under the title (gazette and web style),
/// traditional characters, a number line that does not read, a 文种 spaced apart.
/// </summary>
public class DocumentHeaderVariantsTests
{
    // Copied exactly from https://0798ci.com/law/8240.html (山东省人民政府, 鲁政发〔2014〕20号): the number on its own line under the title.
    private const string NumberUnderTitle =
        "山东省人民政府关于深化预算管理制度改革的实施意见\n\n\n鲁政发〔2014〕20号\n\n \n\n\n各市人民政府,各县(市、区)人民政府,省政府各部门、各直属机构,各大企业,各高等院校:\n\n现代预算制度是现代财政制度的基础。";

    // Copied exactly from https://pingjiang.gov.cn/35048/40718/40820/40821/content_1202379.html: the number closes the title line.
    private const string NumberClosingTheTitle =
        "中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知(岳办发〔2017〕2号)\n\n来源:岳阳市政府门户网 日期:2017-01-12 17:08 字号:【\n视力保护色:\n浏览量:\n\n各县市区委、人民政府,岳阳经济技术开发区、城陵矶新港区、南湖新区、屈原管理区,市直各单位,中央、省驻岳单位:";

    // Copied exactly from a traditional-character mirror,
    // https://www.jendow.com.tw/wiki/%E5%91%A8%E5%8F%A3%E5%B8%82%E8%A6%8F%E7%AF%84%E6%80%A7%E6%AA%94%E6%A1%88%E7%AE%A1%E7%90%86%E8%A6%8F%E5%AE%9A
    private const string TraditionalMirror =
        "周口市人民政府關於印發周口市規范性檔案管理規定的通知\n周政〔2011〕53號\n各縣(市、區)人民政府,市人民政府各部門:\n現將《周口市規範性檔案管理規定》印發給你們,請認真遵照執行。";

    [Fact]
    public void A_number_on_its_own_line_under_the_title_is_read_and_kept_out_of_the_title()
    {
        var document = DocumentText.Parse(NumberUnderTitle);

        document.Number.Should().Be(new DocumentNumber("鲁政发", 2014, 20));
        document.Title!.Text.Should().Be("山东省人民政府关于深化预算管理制度改革的实施意见");
        document.Type.Should().Be(DocumentType.Opinion);
        document.PrimaryRecipients.Should().Equal("各市人民政府", "各县(市、区)人民政府", "省政府各部门", "各直属机构", "各大企业", "各高等院校");
    }

    [Fact]
    public void A_number_in_parentheses_at_the_end_of_the_title_line_is_read()
    {
        var document = DocumentText.Parse(NumberClosingTheTitle);

        document.Number.Should().Be(new DocumentNumber("岳办发", 2017, 2));
        document.Title!.Text.Should().Be("中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知");
        document.Type.Should().Be(DocumentType.Notice);
    }

    [Fact]
    public void A_traditional_mirror_reads_its_number_and_title_with_notes()
    {
        var result = DocumentText.ParseDetailed(TraditionalMirror);

        result.Value.Number.Should().Be(new DocumentNumber("周政", 2011, 53));
        result.Value.Title!.Text.Should().Be("周口市人民政府關於印發周口市規范性檔案管理規定的通知");
        result.Value.Title.Issuer.Should().Be("周口市人民政府");
        result.Value.Type.Should().Be(DocumentType.Notice);
        result.Notes.Select(n => n.Code).Should().Contain(new[] { ParseCodes.TraditionalHaoRead, ParseCodes.TraditionalCharactersRead });
    }

    [Fact]
    public void A_gazette_number_in_parentheses_under_the_title_is_read()
    {
        // Synthetic, in the gazette layout the issue describes.
        var document = DocumentText.Parse("某市人民政府关于加强安全生产工作的通知\n（某政发〔2015〕8号）\n各区人民政府，市政府各部门：\n正文。");

        document.Number.Should().Be(new DocumentNumber("某政发", 2015, 8));
        document.Title!.Text.Should().Be("某市人民政府关于加强安全生产工作的通知");
        document.PrimaryRecipients.Should().Equal("各区人民政府", "市政府各部门");
    }

    [Theory]
    [InlineData("某府〔20XX〕号", ParseCodes.YearNotFourDigits)]
    [InlineData("〔2015〕8号", ParseCodes.MissingIssuerCode)]
    [InlineData("某政发〔2015〕", ParseCodes.MissingSerial)]
    [InlineData("某府发〔2015〕号", ParseCodes.MissingSerial)]
    public void A_number_line_that_does_not_read_is_reported_and_never_becomes_the_title(string numberLine, string error)
    {
        // Synthetic: the kinds of unreadable number lines the issue lists, above a real-shaped title.
        var result = DocumentText.ParseDetailed(numberLine + "\n某镇人民政府关于开展安全生产大检查的通知\n各村委会：\n正文。");

        result.Value.Number.Should().BeNull();
        result.Value.Title!.Text.Should().Be("某镇人民政府关于开展安全生产大检查的通知");
        result.Notes.Should().Contain(n => n.Code == ParseCodes.UnreadableDocumentNumber && n.Position == 0);
        result.Notes.Should().Contain(n => n.Code == error);
        result.Notes.Should().NotContain(n => n.Code == ParseCodes.NoDocumentNumber);
    }

    [Theory]
    [InlineData("某县人民政府關於加強安全生產工作的決定", "決定", "决定")]
    [InlineData("某县人民政府关于进一步加强安全生产工作的意見", "意見", "意见")]
    [InlineData("某县安委会关于2015年第一季度安全生产检查情况的通報", "通報", "通报")]
    public void A_traditional_type_name_is_recognised_with_a_note(string text, string found, string read)
    {
        // Synthetic titles in the traditional forms the issue lists.
        var result = DocumentTitle.ParseDetailed(text);

        result.Value.Text.Should().Be(text);
        result.Value.Type.ChineseName.Should().Be(read);
        result.Notes.Should().Contain(n => n.Code == ParseCodes.TraditionalCharactersRead && (string)n.Arguments["found"]! == found);
    }

    [Fact]
    public void A_type_name_spaced_apart_is_recognised_with_a_note()
    {
        var result = DocumentTitle.ParseDetailed("某县安委会关于安全生产检查情况的通 报");

        result.Value.Type.Should().Be(DocumentType.Circular);
        result.Value.Text.Should().Be("某县安委会关于安全生产检查情况的通报");
        result.Notes.Should().ContainSingle(n => n.Code == ParseCodes.TitleSpacesRemoved);
    }

    [Fact]
    public void Pinyin_residue_of_a_web_mirror_is_removed_from_a_number_with_a_note()
    {
        var result = DocumentNumber.ParseLenient("穗府辦發(fā)〔2010〕15號");

        result.Value.ToString().Should().Be("穗府辦發〔2010〕15号");
        result.Notes.Should().Contain(n => n.Code == ParseCodes.PinyinRemoved && n.Position == 4 && n.Length == 4);
        DocumentNumber.ParseStrict("穗府辦發(fā)〔2010〕15號").Success.Should().BeFalse();
    }

    [Fact]
    public void An_order_number_printed_over_two_lines_heads_an_order_as_one_number()
    {
        var document = DocumentText.Parse("某某部令\n第15号\n《某某安全生产规定》已经部务会议审议通过，现予公布。");

        document.Number.Should().Be(DocumentNumber.Sequential("某某部令", 15));
    }

    [Fact]
    public void An_order_number_alone_heads_an_order()
    {
        var document = DocumentText.Parse("第15号\n《某某安全生产规定》已经部务会议审议通过，现予公布。");

        document.Number.Should().Be(DocumentNumber.Sequential(string.Empty, 15));
    }

    [Theory]
    [InlineData("- 3 -")]
    [InlineData("—3—")]
    [InlineData("第3页")]
    [InlineData("第 3 页 共 10 页")]
    [InlineData("12")]
    public void A_page_number_in_the_body_is_left_out_with_a_note(string pageNumber)
    {
        // Synthetic: a body broken by a page number, as text extracted from a PDF has it.
        var result = DocumentText.ParseDetailed("某镇人民政府关于安全生产工作的报告\n县安委会：\n一、基本情况\n上半年共开展检查7次。\n" + pageNumber + "\n二、下一步工作\n继续开展检查。");

        result.Value.Outline.SelectMany(s => s.Paragraphs).Should().Equal("上半年共开展检查7次。", "继续开展检查。");
        result.Notes.Should().ContainSingle(n => n.Code == ParseCodes.PageNumberIgnored).Which.Arguments["text"].Should().Be(pageNumber);
    }

    [Theory]
    [InlineData("第3条")]
    [InlineData("2022年")]
    [InlineData("12345")]
    [InlineData("第3")]
    public void A_line_that_is_no_page_number_stays(string line) => DocumentText.IsPageNumber(line).Should().BeFalse();
}
