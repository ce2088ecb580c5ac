using CooperationGraph.IO;

namespace CooperationGraph.Tests.IO;

/// <summary>
/// Single fields: every word of each vocabulary in English and Polish, dates in the three accepted forms and which
/// wrong ones are called impossible rather than no date, numbers with spaces, commas and points, whole numbers to the
/// ends of <c>int</c>, and the exact hint for an unknown word.
/// </summary>
public class FieldWordsAndNumbersTests
{
    private static string? failure;

    private static void Fail(string message) => failure = message;

    public static TheoryData<string, JointActionKind> ActionWords() => new()
    {
        { "meeting", JointActionKind.Meeting }, { "spotkanie", JointActionKind.Meeting }, { "posiedzenie", JointActionKind.Meeting }, { "zebranie", JointActionKind.Meeting },
        { "training", JointActionKind.Training }, { "szkolenie", JointActionKind.Training }, { "warsztaty", JointActionKind.Training }, { "warsztat", JointActionKind.Training }, { "workshop", JointActionKind.Training },
        { "study_visit", JointActionKind.StudyVisit }, { "Study visit", JointActionKind.StudyVisit }, { "StudyVisit", JointActionKind.StudyVisit }, { "wizyta studyjna", JointActionKind.StudyVisit }, { "wizyta", JointActionKind.StudyVisit },
        { "research", JointActionKind.Research }, { "badanie", JointActionKind.Research }, { "badania", JointActionKind.Research }, { "fokus", JointActionKind.Research }, { "focus", JointActionKind.Research },
        { "service", JointActionKind.Service }, { "usługa", JointActionKind.Service }, { "usługi", JointActionKind.Service },
        { "event", JointActionKind.Event }, { "wydarzenie", JointActionKind.Event }, { "impreza", JointActionKind.Event }, { "festyn", JointActionKind.Event },
        { "other", JointActionKind.Other }, { "inne", JointActionKind.Other }, { "inny", JointActionKind.Other },
    };

    [Theory]
    [MemberData(nameof(ActionWords))]
    public void Every_action_kind_word_reads_as_its_kind(string word, JointActionKind expected)
    {
        Assert.True(FieldParser.TryActionKind(word, Fail, out var kind));
        Assert.Equal(expected, kind);
    }

    [Theory]
    [InlineData("declaration", DeclarationKind.Declaration)]
    [InlineData("deklaracja", DeclarationKind.Declaration)]
    [InlineData("Deklaracja współpracy", DeclarationKind.Declaration)]
    [InlineData("agreement", DeclarationKind.Agreement)]
    [InlineData("porozumienie", DeclarationKind.Agreement)]
    [InlineData("umowa", DeclarationKind.Agreement)]
    public void Every_declaration_kind_word_reads_as_its_kind(string word, DeclarationKind expected)
    {
        Assert.True(FieldParser.TryDeclarationKind(word, Fail, out var kind));
        Assert.Equal(expected, kind);
    }

    [Theory]
    [InlineData("participant", ParticipantRole.Participant)]
    [InlineData("uczestnik", ParticipantRole.Participant)]
    [InlineData("partner", ParticipantRole.Partner)]
    [InlineData("współorganizator", ParticipantRole.Partner)]
    [InlineData("co-organiser", ParticipantRole.Partner)]
    [InlineData("co-organizer", ParticipantRole.Partner)]
    [InlineData("lead", ParticipantRole.Lead)]
    [InlineData("leader", ParticipantRole.Lead)]
    [InlineData("lider", ParticipantRole.Lead)]
    [InlineData("organizator", ParticipantRole.Lead)]
    [InlineData("prowadzący", ParticipantRole.Lead)]
    [InlineData("koordynator", ParticipantRole.Lead)]
    [InlineData("organiser", ParticipantRole.Lead)]
    [InlineData("organizer", ParticipantRole.Lead)]
    public void Every_role_word_reads_as_its_role(string word, ParticipantRole expected)
    {
        Assert.True(FieldParser.TryRole(word, Fail, out var role));
        Assert.Equal(expected, role);
    }

    [Theory]
    [InlineData("gmina", TerritorialLevel.Gmina)]
    [InlineData("municipality", TerritorialLevel.Gmina)]
    [InlineData("commune", TerritorialLevel.Gmina)]
    [InlineData("gminny", TerritorialLevel.Gmina)]
    [InlineData("powiat", TerritorialLevel.Powiat)]
    [InlineData("county", TerritorialLevel.Powiat)]
    [InlineData("district", TerritorialLevel.Powiat)]
    [InlineData("powiatowy", TerritorialLevel.Powiat)]
    [InlineData("voivodeship", TerritorialLevel.Voivodeship)]
    [InlineData("województwo", TerritorialLevel.Voivodeship)]
    [InlineData("region", TerritorialLevel.Voivodeship)]
    [InlineData("wojewódzki", TerritorialLevel.Voivodeship)]
    [InlineData("regional", TerritorialLevel.Voivodeship)]
    [InlineData("national", TerritorialLevel.National)]
    [InlineData("krajowy", TerritorialLevel.National)]
    [InlineData("kraj", TerritorialLevel.National)]
    [InlineData("country", TerritorialLevel.National)]
    public void Every_level_word_reads_as_its_level(string word, TerritorialLevel expected)
    {
        Assert.True(FieldParser.TryLevel(word, Fail, out var level));
        Assert.Equal(expected, level);
    }

    [Fact]
    public void A_word_far_from_every_known_one_lists_them_all_in_the_tables_language()
    {
        Assert.False(FieldParser.TryActionKind("xyzzyxyzzy", "kind", Fail, out _));
        Assert.Equal("unknown kind 'xyzzyxyzzy'; expected one of: meeting, training, study_visit, research, service, event, other", failure);
        Assert.False(FieldParser.TryActionKind("xyzzyxyzzy", "rodzaj", Fail, out _, DatasetLanguage.Polish));
        Assert.Equal("unknown rodzaj 'xyzzyxyzzy'; expected one of: spotkanie, szkolenie, wizyta studyjna, badanie, usługa, wydarzenie, inne", failure);
        Assert.False(FieldParser.TryLevel("xyzzyxyzzy", "poziom", Fail, out _, DatasetLanguage.Polish));
        Assert.Equal("unknown poziom 'xyzzyxyzzy'; expected one of: gmina, powiat, województwo, krajowy", failure);
        Assert.False(FieldParser.TryRole("xyzzyxyzzy", Fail, out _));
        Assert.Equal("unknown role 'xyzzyxyzzy'; expected one of: participant, partner, lead", failure);
        Assert.False(FieldParser.TryDeclarationKind("umowka", Fail, out _));
        Assert.Equal("unknown kind 'umowka'; did you mean 'agreement'?", failure);
        // The overloads without a column name the column for the reader: kind, level.
        Assert.False(FieldParser.TryActionKind("xyzzyxyzzy", Fail, out _));
        Assert.Equal("unknown kind 'xyzzyxyzzy'; expected one of: meeting, training, study_visit, research, service, event, other", failure);
        Assert.False(FieldParser.TryLevel("xyzzyxyzzy", Fail, out _));
        Assert.Equal("unknown level 'xyzzyxyzzy'; expected one of: gmina, powiat, voivodeship, national", failure);
    }

    [Fact]
    public void The_english_and_polish_words_written_for_each_value()
    {
        Assert.Equal(["meeting", "training", "study_visit", "research", "service", "event", "other"], FieldParser.Words<JointActionKind>(DatasetLanguage.English));
        Assert.Equal(["declaration", "agreement"], FieldParser.Words<DeclarationKind>(DatasetLanguage.English));
        Assert.Equal(["deklaracja", "porozumienie"], FieldParser.Words<DeclarationKind>(DatasetLanguage.Polish));
        Assert.Equal(["uczestnik", "partner", "lider"], FieldParser.Words<ParticipantRole>(DatasetLanguage.Polish));
        Assert.Equal(["gmina", "powiat", "voivodeship", "national"], FieldParser.Words<TerritorialLevel>(DatasetLanguage.English));
        Assert.Equal(["gmina", "powiat", "województwo", "krajowy"], FieldParser.Words<TerritorialLevel>(DatasetLanguage.Polish));
        Assert.Equal(("study_visit", "wizyta studyjna"), (DatasetText.Word(JointActionKind.StudyVisit), DatasetText.Word(JointActionKind.StudyVisit, DatasetLanguage.Polish)));
    }

    [Theory]
    [InlineData("2019-05-01")]
    [InlineData("01.05.2019")]
    [InlineData("1.5.2019")]
    [InlineData(" 1.5.2019 ")]
    public void Dates_are_read_in_iso_and_both_dotted_forms_around_spaces(string text)
    {
        Assert.Equal(new DateOnly(2019, 5, 1), DatasetText.ParseDate(text, "--from"));
    }

    [Theory]
    [InlineData("2019-02-30", true)]
    [InlineData("2019-2-30", true)]
    [InlineData("2019-13-5", true)]
    [InlineData("30.2.2019", true)]
    [InlineData("5.13.2019", true)]
    [InlineData("x2019-02-30", false)]
    [InlineData("2019-02-30x", false)]
    [InlineData("2019--30", false)]
    [InlineData("2019-02-", false)]
    [InlineData(".02.2019", false)]
    [InlineData("30..2019", false)]
    [InlineData("2019-123-30", false)]
    [InlineData("2019-02-300", false)]
    [InlineData("300.02.2019", false)]
    [InlineData("30.123.2019", false)]
    [InlineData("9-02-30", false)]
    [InlineData("30.02.9", false)]
    public void A_wrong_date_is_called_impossible_only_when_it_has_a_dates_shape(string text, bool impossible)
    {
        var error = Assert.Throws<FormatException>(() => DatasetText.ParseDate(text, "--from"));
        Assert.Equal(impossible ? $"--from '{text}' is an impossible date" : $"--from '{text}' is not a date; write YYYY-MM-DD or DD.MM.YYYY", error.Message);
    }

    [Theory]
    [InlineData("2019-5-1")]
    [InlineData("2019-05-1")]
    [InlineData("2019-5-01")]
    [InlineData("1.5.2019")]
    public void A_date_without_leading_zeros_reads_in_either_form(string text)
    {
        Assert.Equal(new DateOnly(2019, 5, 1), DatasetText.ParseDate(text, "--from"));
    }

    [Fact]
    public void A_null_date_text_is_an_argument_error()
    {
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => DatasetText.ParseDate(null!, "--from")).ParamName);
    }

    [Fact]
    public void Table_names_translate_both_ways_and_an_unknown_one_is_named_in_the_error()
    {
        Assert.Equal(("działania", "institutions"), (DatasetText.TableName("actions", DatasetLanguage.Polish), DatasetText.TableName("instytucje", DatasetLanguage.English)));
        var error = Assert.Throws<ArgumentException>(() => DatasetText.TableName("tables", DatasetLanguage.English));
        Assert.Equal("No dataset table is named 'tables'. (Parameter 'table')", error.Message);
    }

    [Theory]
    [InlineData("1\u00A0234,5", 1234.5)]
    [InlineData("1\u202F234,5", 1234.5)]
    [InlineData("1 234,5", 1234.5)]
    [InlineData("1,234.5", 1234.5)]
    [InlineData("1.234,5", 1234.5)]
    [InlineData("-1,5", -1.5)]
    [InlineData(",5.25", 5.25)]
    [InlineData(".5,25", 5.25)]
    public void Decimals_take_spaces_between_thousands_and_the_last_separator_as_the_decimal_one(string text, double expected)
    {
        Assert.True(FieldParser.TryDecimal(text, "cost_pln", Fail, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("2,5", 2.5)]
    [InlineData("-2.5", -2.5)]
    [InlineData("1e3", 1000)]
    [InlineData("2.5E-1", 0.25)]
    public void Doubles_take_a_sign_a_decimal_comma_or_point_and_an_exponent(string text, double expected)
    {
        Assert.True(FieldParser.TryDouble(text, "weight", Fail, out var value));
        Assert.Equal(expected, value, 15);
    }

    [Fact]
    public void A_double_that_overflows_is_not_a_number()
    {
        Assert.False(FieldParser.TryDouble("1e999", "weight", Fail, out _));
        Assert.Equal("weight '1e999' is not a number", failure);
    }

    [Theory]
    [InlineData("7", 7)]
    [InlineData("+7", 7)]
    [InlineData("7.0", 7)]
    [InlineData("7,00", 7)]
    [InlineData("1 000", 1000)]
    [InlineData("2147483647.0", int.MaxValue)]
    [InlineData("-2147483648.0", int.MinValue)]
    public void Whole_numbers_may_carry_zero_decimals_up_to_the_ends_of_int(string text, int expected)
    {
        Assert.True(FieldParser.TryCount(text, "beneficiaries", Fail, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("2147483648.0")]
    [InlineData("3000000000")]
    [InlineData("-2147483649")]
    [InlineData("7.5")]
    public void Numbers_beyond_int_or_with_a_fraction_are_not_whole(string text)
    {
        Assert.False(FieldParser.TryCount(text, "beneficiaries", Fail, out _));
        Assert.Equal($"beneficiaries '{text}' is not a whole number", failure);
    }
}
