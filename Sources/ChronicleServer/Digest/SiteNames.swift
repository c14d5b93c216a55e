import ChronicleCore

/// Display names of country codes for digests, from the actor gazetteer (loaded once).
public enum SiteNames {
    /// `PRK` → `North Korea`; empty when the gazetteer cannot load (codes then print as codes).
    public static let countryNames: [String: String] = (try? ActorResolver.shipped().countryNamesByCode) ?? [:]
}
