/// A place of the gazetteer (`Resources/actors/places.tsv`): a city, a capital, a US state, a
/// sea, a region, or a venue of diplomacy (`Panmunjom`, `Sentosa`, `Camp David`).
public struct Place: Sendable, Hashable {
    /// The canonical name (`Panmunjom`).
    public var name: String
    /// ISO 3166-1 alpha-3 of the country it lies in, or nil for seas and shared regions.
    public var country: String?
    /// `city`, `capital`, `us-state`, `venue`, `region` or `sea`.
    public var kind: String
    /// Other names matched in text (`Panmunjeom`, `Truce Village`).
    public var variants: [String]
    /// Other countries that have a place of the same name (the most populous one wins).
    public var alsoIn: [String]
    /// A common English word or given name (`Nice`, `Victoria`): never matched in running text.
    public var isStopWord: Bool

    /// Whether another country has a place of this name.
    public var isAmbiguous: Bool { !alsoIn.isEmpty }
}
