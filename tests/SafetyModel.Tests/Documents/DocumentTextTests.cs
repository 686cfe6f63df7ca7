using CsCheck;
using NodaTime;
using SafetyModel.Diagnostics;
using SafetyModel.Documents;
using SafetyModel.Tests.Seed;
using SafetyModel.Text;

namespace SafetyModel.Tests.Documents;

public class DocumentTextTests
{
    private static ParseResult<OfficialDocument> Seed => DocumentText.ParseDetailed(SeedFixture.Text);

    [Fact]
    public void The_seed_header_is_read_exactly()
    {
        var document = Seed.Value;

        document.Number.Should().Be(new DocumentNumber("乌兰镇政函", 2022, 297));
        document.Type.Should().Be(DocumentType.Letter);
        document.Direction.Should().Be(DocumentDirection.Parallel);
        document.Title!.Issuer.Should().Be("乌兰陶勒盖镇人民政府");
        document.Title.Subject.Should().Be("报送乌兰陶勒盖镇2022年安全生产半年工作总结");
        document.Title.Type.Should().Be(DocumentType.Letter);
        document.PrimaryRecipients.Should().Equal("乌审旗安全生产委员会");
    }

    [Fact]
    public void The_seed_footer_is_read_exactly()
    {
        var document = Seed.Value;

        document.SignatureOrgans.Should().Equal("乌兰陶勒盖镇人民政府");
        document.Date.Should().Be(new LocalDate(2022, 7, 7));
        document.CopyRecipients.Should().BeEmpty();
        document.PrintingOrgan.Should().BeNull("a 函 has no 印发机关");
        document.Remarks.Should().BeNull();
        document.Secrecy.Should().BeNull();
        document.CopyNumber.Should().BeNull();
    }

    [Fact]
    public void The_ascii_colon_after_the_recipient_is_the_only_note()
    {
        var note = Seed.Notes.Should().ContainSingle().Which;

        note.Code.Should().Be(ParseCodes.RecipientAsciiColon);
        SeedFixture.Text[note.Position].Should().Be(':');
    }

    [Fact]
    public void The_seed_outline_has_seven_sections_with_their_subsections()
    {
        var outline = Seed.Value.Outline;

        outline.Select(s => s.Marker).Should().Equal("一、", "二、", "三、", "四、", "五、", "六、", "七、");
        outline.Select(s => s.Number).Should().Equal(1, 2, 3, 4, 5, 6, 7);
        outline[0].Heading.Should().Be("高度重视，强力部署安全生产工作");
        outline[2].Children.Select(c => c.Marker).Should().Equal("（一）", "（二）", "（三）");
        outline[2].Children[1].Heading.Should().Be("开展幼儿园安全检查专项行动");
        outline[2].Children[1].Paragraphs.Single().Should().StartWith("乌兰陶勒盖镇现有幼儿园2所。");
        outline[5].Children.Should().HaveCount(4);
        outline[5].Children[0].Heading.Should().Be("领导重视，组织有力");
        outline[5].Children[0].Paragraphs.Single().Should().StartWith("乌兰陶勒盖镇上半年安全生产形势良好");
        outline[6].Children.Should().HaveCount(3);
        outline[0].Paragraphs.Should().HaveCount(2);
        outline[1].Paragraphs.Single().Should().Contain("发放宣传单500余份");
        outline[3].Paragraphs.Single().Should().StartWith("为认真贯彻落实");
    }

    [Fact]
    public void The_seed_preamble_keeps_the_paragraphs_before_the_first_heading()
    {
        Seed.Value.Preamble.Should().HaveCount(2);
        Seed.Value.Preamble[1].Should().Be("现将2022年半年来的安全生产工作情况总结如下：");
    }

    [Fact]
    public void Nothing_in_the_seed_body_is_lost()
    {
        var document = Seed.Value;
        var kept = string.Concat(document.Preamble) + string.Concat(Flatten(document.Outline).Select(s => s.Marker + s.Heading + string.Concat(s.Paragraphs)));

        foreach (var sentence in new[] { "安全生意意识", "己开展", "张帖标语16多条", "企 业责任制", "五、开展日常性的安全检查工作" })
        {
            kept.Replace("。", string.Empty, StringComparison.Ordinal).Should().Contain(sentence.Replace("。", string.Empty, StringComparison.Ordinal));
        }
    }

    private const string FullText = """
        000001
        秘密★1年
        特急
        乌审旗人民政府文件
        乌政发〔2023〕12号    签发人：张三
        乌审旗人民政府关于开展安全生产大检查的通知
        各苏木镇人民政府，旗直各部门：
        一、检查范围
        全旗各生产经营单位。
        （一）重点行业
        1.非煤矿山。
        （1）露天矿山。
        二、工作要求
        附件：1.检查表
        乌审旗人民政府
        2023年3月1日
        （此件公开发布）
        抄送：鄂尔多斯市安委办、旗人大办
        乌审旗人民政府办公室 2023年3月2日印发
        """;

    [Fact]
    public void A_full_header_and_footer_are_read()
    {
        var result = DocumentText.ParseDetailed(FullText);
        var document = result.Value;

        document.CopyNumber.Should().Be("000001");
        document.Secrecy.Should().Be(new SecrecyMarking(SecrecyLevel.Secret, 1));
        document.Urgency.Should().Be(Urgency.ExtraUrgent);
        document.IssuingOrgans.Should().Equal("乌审旗人民政府");
        document.Number.Should().Be(new DocumentNumber("乌政发", 2023, 12));
        document.Signers.Should().Equal("张三");
        document.Type.Should().Be(DocumentType.Notice);
        document.PrimaryRecipients.Should().Equal("各苏木镇人民政府", "旗直各部门");
        document.Outline.Should().HaveCount(2);
        document.Outline[0].Children[0].Children[0].Marker.Should().Be("1.");
        document.Outline[0].Children[0].Children[0].Children[0].Marker.Should().Be("（1）");
        document.AttachmentNotes.Should().Equal("1.检查表");
        document.SignatureOrgans.Should().Equal("乌审旗人民政府");
        document.Date.Should().Be(new LocalDate(2023, 3, 1));
        document.Remarks.Should().Be("此件公开发布");
        document.CopyRecipients.Should().Equal("鄂尔多斯市安委办", "旗人大办");
        document.PrintingOrgan.Should().Be("乌审旗人民政府办公室");
        document.PrintingDate.Should().Be(new LocalDate(2023, 3, 2));
        result.Notes.Should().BeEmpty();
    }

    [Theory]
    [InlineData("000001", "000002")]
    [InlineData("秘密★1年", "秘密★2年")]
    [InlineData("特急", "加急")]
    [InlineData("乌审旗人民政府文件", "乌审旗应急管理局文件")]
    [InlineData("〔2023〕12号", "〔2023〕13号")]
    [InlineData("签发人：张三", "签发人：李四")]
    [InlineData("安全生产大检查的通知", "安全生产大检查的通报")]
    [InlineData("安全生产大检查", "安全生产检查")]
    [InlineData("旗直各部门：", "旗直各单位：")]
    [InlineData("旗直各部门：\n", "旗直各部门：\n前言。\n")]
    [InlineData("全旗各生产经营单位。", "全旗各企业。")]
    [InlineData("1.检查表", "1.名单")]
    [InlineData("乌审旗人民政府\n2023年3月1日", "乌审旗应急管理局\n2023年3月1日")]
    [InlineData("2023年3月1日\n", "2023年3月3日\n")]
    [InlineData("此件公开发布", "此件不公开")]
    [InlineData("旗人大办", "旗政协办")]
    [InlineData("乌审旗人民政府办公室 ", "乌审旗应急管理局 ")]
    [InlineData("2023年3月2日印发", "2023年3月4日印发")]
    public void Documents_differing_in_any_one_part_are_not_equal(string part, string replacement)
    {
        var text = FullText.Replace("\r\n", "\n");
        text.Should().Contain(part);

        var changed = DocumentText.Parse(text.Replace(part, replacement));

        changed.Should().NotBe(DocumentText.Parse(text));
        DocumentText.Parse(text).Should().Be(DocumentText.Parse(text));
    }

    [Theory]
    [InlineData("特急", Urgency.ExtraUrgent)]
    [InlineData("特　急", Urgency.ExtraUrgent)]
    [InlineData("加急", Urgency.Urgent)]
    [InlineData("特提", Urgency.Flash)]
    [InlineData("平 急", Urgency.Routine)]
    public void Each_urgency_mark_is_read_with_its_spacing_ignored(string mark, Urgency urgency)
    {
        var text = mark + "\n乌政发〔2023〕12号\n乌审旗人民政府关于开展安全生产大检查的通知\n各苏木镇人民政府：\n正文。\n乌审旗人民政府\n2023年3月1日";

        DocumentText.ParseDetailed(text).Value.Urgency.Should().Be(urgency);
    }

    [Fact]
    public void Attachment_notes_run_on_over_the_lines_after_the_first()
    {
        const string text = "乌政发〔2023〕12号\n乌审旗人民政府关于开展安全生产大检查的通知\n各苏木镇人民政府：\n正文。\n附件：1.检查表\n2.联系人名单\n3.进度表\n乌审旗人民政府\n2023年3月1日";

        var document = DocumentText.ParseDetailed(text).Value;

        document.AttachmentNotes.Should().Equal("1.检查表", "2.联系人名单", "3.进度表");
        document.SignatureOrgans.Should().Equal("乌审旗人民政府");
    }

    [Theory]
    [InlineData("随便写的一段话。", "SM1040 0 0; SM1030 0 8; SM1042 0 0; SM1043 0 0")]
    [InlineData("国发〔2022〕1号\n开展检查的通知\n各部门：\n正文。", "SM1031 11 7; SM1043 24 0")]
    [InlineData("国发〔2022〕1号\n国务院关于X的通知\n各部门：\n正文。\n2022年1月1日", "SM1044 30 0")]
    [InlineData("国发〔2022〕1号\n国务院关于X的通知\n各部门:\n正文。\n国务院\n2022年1月1日", "SM1041 24 1")]
    [InlineData("特急\n国务院关于X的通知\n各部门：\n正文。\n国务院\n2022年1月1日", "SM1040 3 0")]
    [InlineData("特急", "SM1040 0 0; SM1042 0 0; SM1043 0 0")]
    [InlineData("国发〔2022〕1号\n国务院关于X的通知\n正文。\n国务院\n2022年1月1日", "SM1042 21 0")]
    public void Each_note_marks_where_the_missing_or_irregular_part_is(string text, string notes) =>
        string.Join("; ", DocumentText.ParseDetailed(text).Notes.Select(n => $"{n.Code} {n.Position} {n.Length}")).Should().Be(notes);

    [Theory]
    [InlineData("随便写的一段话。", ParseCodes.NoDocumentNumber, ParseCodes.TitleWithoutType, ParseCodes.NoPrimaryRecipient, ParseCodes.NoDocumentDate)]
    [InlineData("国发〔2022〕1号\n开展检查的通知\n各部门：\n正文。", ParseCodes.TitleWithoutGuanyu, ParseCodes.NoDocumentDate)]
    [InlineData("国发〔2022〕1号\n国务院关于X的通知\n各部门：\n正文。\n2022年1月1日", ParseCodes.NoSignatureOrgan)]
    public void What_is_missing_comes_back_as_notes(string text, params string[] codes)
    {
        var result = DocumentText.ParseDetailed(text);

        result.Success.Should().BeTrue();
        result.Notes.Select(n => n.Code).Should().Contain(codes);
    }

    [Fact]
    public void Header_and_footer_lines_are_read_only_where_their_rules_allow()
    {
        var organ60 = new string('乌', 58) + "文件";
        var text = "000019\n" + organ60 + "\n乌政发〔2023〕12号\n乌审旗人民政府关于开展检查的通知\n各部门：\n" +
                   "说明：本次检查。\n一些、情况说明。\n附件：\n乌审旗人民政府\n2023年3月1日";

        var document = DocumentText.ParseDetailed(text).Value;

        document.CopyNumber.Should().Be("000019");
        document.IssuingOrgans.Should().Equal(new string('乌', 58));
        document.Preamble.Should().Equal("说明：本次检查。", "一些、情况说明。", "附件：");
        document.Outline.Should().BeEmpty();
        document.AttachmentNotes.Should().BeEmpty("附件： with nothing after it names no attachment");
        document.SignatureOrgans.Should().Equal("乌审旗人民政府");
    }

    [Fact]
    public void A_printing_line_without_a_date_stays_in_the_body()
    {
        var document = DocumentText.ParseDetailed("乌政发〔2023〕12号\n乌审旗人民政府关于开展检查的通知\n各部门：\n正文。\n乌审旗人民政府\n2023年3月1日\n乌审旗人民政府办公室 2023年13月2日印发").Value;

        document.PrintingOrgan.Should().BeNull();
        document.Preamble.Should().EndWith("乌审旗人民政府办公室 2023年13月2日印发");
    }

    [Fact]
    public void An_organ_line_over_sixty_characters_is_not_the_issuing_organ() =>
        DocumentText.ParseDetailed(new string('乌', 59) + "文件\n乌政发〔2023〕12号\n乌审旗人民政府关于开展检查的通知\n各部门：\n正文。")
            .Value.IssuingOrgans.Should().BeEmpty();

    [Fact]
    public void Copy_recipients_skip_empty_names() =>
        DocumentText.ParseDetailed("乌政发〔2023〕12号\n乌审旗人民政府关于开展检查的通知\n各部门：\n正文。\n乌审旗人民政府\n2023年3月1日\n抄送：市安委办、、旗人大办")
            .Value.CopyRecipients.Should().Equal("市安委办", "旗人大办");

    [Fact]
    public void A_heading_after_its_paragraphs_starts_a_new_section_holding_the_text_after_its_marker()
    {
        var document = DocumentText.ParseDetailed("乌政发〔2023〕12号\n乌审旗人民政府关于开展检查的通知\n各部门：\n前言。\n一、总体情况。全镇平稳。\n续段。\n二、下一步\n乌审旗人民政府\n2023年3月1日").Value;

        document.Preamble.Should().Equal("前言。");
        document.Outline.Select(s => (s.Heading, string.Join("|", s.Paragraphs))).Should().Equal(("总体情况", "全镇平稳。|续段。"), ("下一步", ""));
    }

    [Fact]
    public void Windows_line_endings_read_as_line_feeds_do()
    {
        var lf = SeedFixture.Text.Replace("\r\n", "\n");
        var crlf = DocumentText.ParseDetailed(lf.Replace("\n", "\r\n"));
        var cr = DocumentText.ParseDetailed(lf.Replace("\n", "\r"));

        crlf.Value.Should().Be(DocumentText.ParseDetailed(lf).Value);
        cr.Value.Should().Be(DocumentText.ParseDetailed(lf).Value);
    }

    [Theory]
    [InlineData(null, ParseCodes.NullText)]
    [InlineData("", ParseCodes.EmptyText)]
    [InlineData(" \n\r\n\u3000 ", ParseCodes.EmptyText)]
    public void Only_an_empty_text_fails(string? text, string code) =>
        DocumentText.ParseDetailed(text).Error!.Code.Should().Be(code);

    [Fact]
    public void A_text_over_the_limit_fails_at_once() =>
        DocumentText.ParseDetailed(new string('一', DocumentText.MaximumLength + 1)).Error!.Code.Should().Be(ParseCodes.TextTooLong);

    [Fact]
    public void Any_text_is_read_without_throwing() =>
        Gen.Char["一二（）()、.1:：\n 〔〕2022年7月号关于的函通知"].Array[0, 200].Select(c => new string(c)).Sample(text =>
        {
            var result = DocumentText.ParseDetailed(text);
            (result.Success || result.Error!.Code == ParseCodes.EmptyText).Should().BeTrue();
        }, iter: Iterations.Of(5_000));

    private static IEnumerable<OutlineSection> Flatten(IEnumerable<OutlineSection> sections) =>
        sections.SelectMany(s => new[] { s }.Concat(Flatten(s.Children)));
}
