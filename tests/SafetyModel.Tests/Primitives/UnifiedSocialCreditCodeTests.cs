using CsCheck;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Text;
using SafetyModel.Work;

namespace SafetyModel.Tests.Primitives;

public class UnifiedSocialCreditCodeTests
{
    [Theory]
    [InlineData("9144030071526726XG")]
    [InlineData("91330100799655058B")]
    [InlineData("91110000802100433B")]
    public void Published_codes_pass_their_check(string text)
    {
        var code = UnifiedSocialCreditCode.Parse(text);

        code.Value.Should().Be(text);
        code.RegistrationAuthority.Should().Be('9');
        code.OrganisationType.Should().Be('1');
        code.DivisionDigits.Should().Be(text.Substring(2, 6));
        code.OrganisationCode.Should().Be(text.Substring(8, 9));
        UnifiedSocialCreditCode.CheckCharacter(text.Substring(0, 17)).Should().Be(text[17]);
    }

    [Fact]
    public void A_wrong_check_character_names_the_right_one()
    {
        var error = UnifiedSocialCreditCode.ParseDetailed("9144030071526726XA").Error!;

        error.Code.Should().Be(ParseCodes.CreditCodeCheck);
        error.Position.Should().Be(17);
        error.Arguments["expected"].Should().Be("G");
        error.Message.English.Should().Be("The check character is 'A' but should be 'G' (GB 32100-2015).");
    }

    [Theory]
    [InlineData("9144030071526726X", ParseCodes.CreditCodeLength, 0)]
    [InlineData("9144030071526726XGG", ParseCodes.CreditCodeLength, 0)]
    [InlineData("9144030071526726IG", ParseCodes.UnexpectedCharacter, 16)]
    [InlineData("9144030071526726OG", ParseCodes.UnexpectedCharacter, 16)]
    [InlineData(null, ParseCodes.NullText, 0)]
    public void Malformed_codes_fail_clearly(string? text, string code, int position)
    {
        var error = UnifiedSocialCreditCode.ParseDetailed(text).Error!;

        error.Code.Should().Be(code);
        error.Position.Should().Be(position);
        UnifiedSocialCreditCode.TryParse(text, out var parsed).Should().BeFalse();
        parsed.Should().Be(default(UnifiedSocialCreditCode));
    }

    [Fact]
    public void Lower_case_letters_are_read_with_a_note()
    {
        var result = UnifiedSocialCreditCode.ParseDetailed("9144030071526726xg");

        result.Value.Value.Should().Be("9144030071526726XG");
        result.Notes.Single().Code.Should().Be(ParseCodes.CreditCodeLowerCase);
    }

    [Fact]
    public void Any_seventeen_characters_with_their_check_character_parse_and_any_other_last_character_fails() =>
        Gen.Char["0123456789ABCDEFGHJKLMNPQRTUWXY"].Array[17].Select(c => new string(c)).Sample(first17 =>
        {
            var check = UnifiedSocialCreditCode.CheckCharacter(first17);
            UnifiedSocialCreditCode.TryParse(first17 + check, out _).Should().BeTrue();
            var wrong = check == '0' ? '1' : '0';
            UnifiedSocialCreditCode.ParseDetailed(first17 + wrong).Error!.Code.Should().Be(ParseCodes.CreditCodeCheck);
        });

    [Fact]
    public void The_check_is_computed_only_over_valid_characters() =>
        ((Func<char>)(() => UnifiedSocialCreditCode.CheckCharacter("914403007152672"))).Should().Throw<ArgumentException>();

    [Fact]
    public void Organisations_carry_their_kind_division_and_code()
    {
        var enterprise = new Organisation
        {
            Name = "某某燃气有限公司",
            Kind = OrganisationKind.Enterprise,
            Division = DivisionCode.Parse("150626103"),
            CreditCode = UnifiedSocialCreditCode.Parse("91330100799655058B"),
            Sector = Sector.OilAndGasPipelines,
        };

        enterprise.Should().Be(new Organisation
        {
            Name = "某某燃气有限公司",
            Kind = OrganisationKind.Enterprise,
            Division = DivisionCode.Parse("150626103"),
            CreditCode = UnifiedSocialCreditCode.Parse("91330100799655058B"),
            Sector = Sector.OilAndGasPipelines,
        });
        enterprise.Should().NotBe(new Organisation { Name = "某某燃气有限公司", Kind = OrganisationKind.Enterprise });
        new Organisation { Name = "乌审旗安全生产委员会", ShortName = "乌审旗安委会", Kind = OrganisationKind.Committee }.ToString().Should().Be("乌审旗安全生产委员会");
    }
}
