extension ActorResolver {
    /// The usual English name of every country code in the gazetteer (`PRK` → `North Korea`),
    /// plus `IGO` and `NGO`, for reports that print names rather than codes.
    public var countryNamesByCode: [String: String] {
        var names = ["IGO": "International organizations", "NGO": "Non-governmental organizations"]
        for country in lexicon.countries where names[country.iso3] == nil {
            names[country.iso3] = country.name
        }
        return names
    }
}
