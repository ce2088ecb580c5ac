using System.Text;
using CooperationGraph.IO;

namespace CooperationGraph.Tests.IO;

/// <summary>
/// The CSV reader one table at a time: which delimiter the header picks, the line each record starts on (LF, CRLF, CR,
/// blank lines, line breaks inside quotes, no final line break), which quoting is refused and with what words, and what
/// a field holds after trimming and unguarding.
/// </summary>
public sealed class CsvTokenizerTests : IDisposable
{
    private static string TextAfterQuote(string field) => $"text after the closing quote of a quoted field: {field}; double the quotes inside a quoted field (\"\")";
    private const string QuoteNotClosed = "a quoted field is opened here but its closing quote is missing (it would swallow the rest of the file)";

    private readonly TempDataset folder = TempDataset.Empty();

    public void Dispose() => folder.Dispose();

    private RawTable Read(string text, List<DatasetProblem>? problems = null) => Read(new UTF8Encoding(false).GetBytes(text), problems);

    private RawTable Read(byte[] bytes, List<DatasetProblem>? problems = null)
    {
        string path = folder["t.csv"];
        File.WriteAllBytes(path, bytes);
        return CsvTableReader.Read(path, "t.csv", problems ?? []);
    }

    private static string[] Rows(RawTable table) => [.. table.Rows.Select(r => $"{r.Line}: {string.Join("|", r.Fields)}")];

    [Theory]
    [InlineData("id", ',')]
    [InlineData("a,b;c", ',')]
    [InlineData("a,b\tc", ',')]
    [InlineData("a;b\tc", ';')]
    [InlineData("a\tb\tc;d", '\t')]
    [InlineData("a\tb;c;d", ';')]
    [InlineData("a,b,c;d", ',')]
    [InlineData("a;b;c,d", ';')]
    [InlineData("\"a,b,c\";x", ';')]
    [InlineData("\"a;b;c\",x", ',')]
    [InlineData("a,b\nc;d;e;f", ',')]
    [InlineData("a,b\r\nc;d;e;f", ',')]
    [InlineData("a,b\rc;d;e;f", ',')]
    public void The_delimiter_is_the_one_the_first_line_uses_most_outside_quotes_a_comma_on_ties(string head, char expected)
    {
        Assert.Equal(expected, CsvTableReader.DetectDelimiter(head));
    }

    [Fact]
    public void Semicolon_and_tab_files_are_split_on_their_delimiter()
    {
        Assert.Equal(["2: x|1,5"], Rows(Read("h1;h2\nx;1,5\n")));
        Assert.Equal(["2: x|1,5"], Rows(Read("h1\th2\r\nx\t1,5\r\n")));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Records_start_on_the_line_they_are_on_in_every_line_ending(string eol)
    {
        string text = $"h1,h2{eol}x,1{eol}{eol}\"a{eol}b\",2{eol}y,3";
        var table = Read(text);
        Assert.Equal(1, table.HeaderLine);
        Assert.Equal(["h1", "h2"], table.Header);
        Assert.Equal(["2: x|1", $"4: a{eol}b|2", "6: y|3"], Rows(table));
    }

    [Fact]
    public void Leading_blank_lines_move_the_header_down()
    {
        var table = Read("\n \n\nh1,h2\n\nx,1\n");
        Assert.Equal(4, table.HeaderLine);
        Assert.Equal(["6: x|1"], Rows(table));
    }

    [Fact]
    public void A_last_record_without_a_line_break_is_read_whether_it_ends_in_a_quote_a_delimiter_or_text()
    {
        Assert.Equal(["2: x|q"], Rows(Read("h1,h2\nx,\"q\"")));
        Assert.Equal(["2: x|y|"], Rows(Read("h1,h2\nx,y,")));
        Assert.Equal(["2: x|y"], Rows(Read("h1,h2\nx,y")));
    }

    [Fact]
    public void A_quoted_last_field_before_a_line_break_and_doubled_quotes_are_fine()
    {
        var problems = new List<DatasetProblem>();
        var table = Read("h1,h2\nx,\"q\"\r\ny,\"a \"\"b\"\" c\"\nz,\"r\"\n", problems);
        Assert.Empty(problems);
        Assert.Equal(["2: x|q", "3: y|a \"b\" c", "4: z|r"], Rows(table));
    }

    [Fact]
    public void Text_after_a_closing_quote_drops_only_that_record_and_quotes_it_up_to_the_line_break()
    {
        var problems = new List<DatasetProblem>();
        var table = Read("h1,h2\nx,\"a\"b\ny,2\n", problems);
        var problem = Assert.Single(problems);
        Assert.Equal(("t.csv", (int?)2, TextAfterQuote("\"a\"b")), (problem.File, problem.Line, problem.Message));
        Assert.Equal(["3: y|2"], Rows(table));
    }

    [Fact]
    public void Text_after_a_closing_quote_is_quoted_with_twenty_characters_after_the_quote()
    {
        var problems = new List<DatasetProblem>();
        Read("h1,h2\nx,\"abc\"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ\n", problems);
        Assert.Equal(TextAfterQuote("\"abc\"0123456789ABCDEFGHIJ"), Assert.Single(problems).Message);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_cut_to_eighty_characters_only_when_longer()
    {
        string quoted60 = "\"" + new string('q', 58) + "\"";
        string quoted61 = "\"" + new string('q', 59) + "\"";
        var problems = new List<DatasetProblem>();
        Read($"h1,h2\nx,{quoted60}0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ\ny,{quoted61}0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ\n", problems);
        Assert.Equal(
            [TextAfterQuote(quoted60 + "0123456789ABCDEFGHIJ"), TextAfterQuote((quoted61 + "0123456789ABCDEFGHIJ")[..80] + "…")],
            problems.Select(p => p.Message));
    }

    [Fact]
    public void A_header_with_text_after_a_quote_is_skipped_and_the_next_record_is_the_header()
    {
        var problems = new List<DatasetProblem>();
        var table = Read("\"h1\"x,h2\nid,name\nx,1\n", problems);
        Assert.Equal(1, Assert.Single(problems).Line);
        Assert.Equal(2, table.HeaderLine);
        Assert.Equal(["id", "name"], table.Header);
        Assert.Equal(["3: x|1"], Rows(table));
    }

    [Fact]
    public void An_unclosed_quote_is_reported_where_it_opens_and_swallows_the_rest()
    {
        var problems = new List<DatasetProblem>();
        var table = Read("h1,h2\nx,1\ny,\"open\nz,3\n", problems);
        var problem = Assert.Single(problems);
        Assert.Equal(("t.csv", (int?)3, QuoteNotClosed), (problem.File, problem.Line, problem.Message));
        Assert.Equal(["2: x|1"], Rows(table));
    }

    [Fact]
    public void Data_fields_are_trimmed_then_unguarded_and_the_header_is_kept_as_written()
    {
        var table = Read(" h1 ,h2\n '=x , 'apostrof \n");
        Assert.Equal([" h1 ", "h2"], table.Header);
        Assert.Equal(["2: =x|'apostrof"], Rows(table));
    }

    [Fact]
    public void A_control_character_is_located_on_its_own_line_inside_a_quoted_field()
    {
        var error = Assert.Throws<DatasetException>(() => Read("h1,h2\nx,\"a\nb\u0001\"\n"));
        var problem = Assert.Single(error.Problems);
        Assert.Equal(("t.csv", (int?)3, "is not a text file: control character U+0001 found; save it as CSV (UTF-8 or Windows-1250)"), (problem.File, problem.Line, problem.Message));
    }
}
