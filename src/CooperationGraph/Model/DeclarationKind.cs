namespace CooperationGraph;

/// <summary>What kind of signed document a <see cref="Declaration"/> is.</summary>
public enum DeclarationKind
{
    /// <summary>A declaration of cooperation (deklaracja współpracy): an intention, no obligations.</summary>
    Declaration,

    /// <summary>A formal agreement (porozumienie, umowa) with obligations, e.g. the one creating a PZK.</summary>
    Agreement,
}
