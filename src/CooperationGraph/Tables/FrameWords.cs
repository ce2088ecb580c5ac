using CooperationGraph.Text;
using Microsoft.Data.Analysis;

namespace CooperationGraph.Tables;

/// <summary>Frames in the reader's language.</summary>
internal static class FrameWords
{
    /// <summary>The frame with each column renamed as <see cref="Words.Column"/> names it (a name already taken is kept);
    /// the frame is changed and returned. Frames the library returns are fresh, so this never changes a result.</summary>
    public static DataFrame InColumns(DataFrame frame)
    {
        foreach (var column in frame.Columns.ToList())
        {
            string name = Words.Column(column.Name);
            if (name != column.Name && frame.Columns.IndexOf(name) < 0)
            {
                frame.Columns.RenameColumn(column.Name, name);
            }
        }

        return frame;
    }
}
