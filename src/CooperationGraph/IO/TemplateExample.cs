namespace CooperationGraph.IO;

/// <summary>The worked example of the template: one row per sheet, taken from the Łoniów sample
/// (<c>samples/loniow</c>; the tie is illustrative, since the sample has none: one a survey reported, its layer named
/// in the template's language).</summary>
internal static class TemplateExample
{
    public static CooperationDataset Create(DatasetLanguage language = DatasetLanguage.English)
    {
        var catalog = SectorCatalog.Default.With([new Sector("TRAINING_PROVIDER", "instytucja szkoleniowa", "training provider")]);
        Institution[] institutions =
        [
            new("OPS_LONIOW", "Ośrodek Pomocy Społecznej w Łoniowie", catalog["OPS"], "Łoniów", TerritorialLevel.Gmina) { ShortName = "OPS Łoniów" },
            new("PCPR_SANDOMIERZ", "Powiatowe Centrum Pomocy Rodzinie w Sandomierzu", catalog["PCPR"], "powiat sandomierski", TerritorialLevel.Powiat) { ShortName = "PCPR Sandomierz" },
        ];
        Declaration[] declarations =
        [
            new("DEKL_2018", "Deklaracja o współpracy w Projekcie w Gminie Łoniów", new DateOnly(2018, 9, 14), DeclarationKind.Declaration, ["OPS_LONIOW"]),
        ];
        JointAction[] actions =
        [
            new("USL_REHAB", "Rehabilitacja domowa dla dwojga niepełnosprawnych dzieci", JointActionKind.Service, new DateOnly(2020, 2, 3),
                [new Participation("OPS_LONIOW", ParticipantRole.Lead)], new DateOnly(2021, 3, 31), 18000.00m, 2),
        ];
        Tie[] ties = [new("OPS_LONIOW", "PCPR_SANDOMIERZ", Layer: language == DatasetLanguage.Polish ? "ankieta" : "survey")];
        BeneficiaryService[] beneficiaries = [new("RODZINA_01", "USL_REHAB")];
        return CooperationDataset.Create(institutions, declarations, actions, ties, catalog, beneficiaries);
    }
}
