import Foundation

/// Looks up place names: cities of 150,000 people or more and all capitals, towns of 50,000 or
/// more whose name is no English word or person's name (`Kherson`, `Idlib`), US states, seas and
/// the venues of diplomacy that news names (`Panmunjom`, `Singapore`, `Hanoi`, `Mar-a-Lago`).
///
/// The event coder uses it to place events (`in Hanoi` → Hanoi, VNM); the actor resolver uses
/// it to tell a place from an actor. Names that are common English words or given names are
/// kept but flagged and never matched in running text.
///
/// ```swift
/// let places = try PlaceGazetteer.shipped()
/// places.place(named: "Panmunjom")?.country     // "PRK" (shared with KOR)
/// places.lookup("Sea of Japan")?.country        // nil
/// ```
public final class PlaceGazetteer: Sendable {
    /// Every place of the table.
    public let places: [Place]
    /// Names and variants → place, built at the first look-up: the actor resolver matches
    /// places through its own phrase tables and never asks, so loading the tables does not
    /// pay for hashing some 15,000 names.
    private let index: NameIndex

    /// Builds a gazetteer from places (tests build small ones).
    public init(places: [Place]) {
        self.places = places
        index = NameIndex(places)
    }

    private static let cache = Result { try PlaceGazetteer.load() }

    /// The gazetteer shipped in the package resources, loaded once.
    ///
    /// - Throws: ``ActorResourceError`` if `places.tsv` is missing.
    public static func shipped() throws -> PlaceGazetteer { try cache.get() }

    /// The place with this exact name or variant (case-sensitive), stop words included.
    public func place(named name: String) -> Place? {
        index.lookup(name).map { places[$0] }
    }

    /// The canonical name and country of a place name, or nil for an unknown name or one that
    /// is a common word (`Nice`).
    ///
    /// - Returns: `(name, country)`; `country` is nil for seas and shared regions.
    public func lookup(_ name: String) -> (name: String, country: String?)? {
        guard let place = place(named: name), !place.isStopWord else { return nil }
        return (place.name, place.country)
    }

    static func load() throws -> PlaceGazetteer {
        let table = try ActorTable.load("places")
        var places: [Place] = []
        places.reserveCapacity(table.rows.count)
        for (line, f) in table.rows {
            let name = table.field(f, 0)
            guard !name.isEmpty, f.count >= 3 else { throw table.malformed(line, "expected name, country, kind") }
            let country = table.field(f, 1)
            let flags = table.field(f, 5).split(separator: ";")
            var alsoIn: [String] = []
            var stop = false
            for flag in flags {
                if flag == "stop" { stop = true }
                if flag.hasPrefix("ambiguous:") {
                    alsoIn += flag.dropFirst("ambiguous:".count).split(separator: ",").map(String.init)
                }
                if flag.hasPrefix("shared:") {
                    alsoIn += flag.dropFirst("shared:".count).split(separator: "|").map(String.init)
                        .filter { $0 != country }
                }
            }
            places.append(Place(
                name: name, country: country.isEmpty ? nil : country, kind: table.field(f, 2),
                variants: table.list(f, 4), alsoIn: alsoIn, isStopWord: stop))
        }
        return PlaceGazetteer(places: places)
    }
}

/// The name index of a ``PlaceGazetteer``, built once on first use under a lock.
private final class NameIndex: @unchecked Sendable {
    private let places: [Place]
    private let lock = NSLock()
    private var index: [String: Int]?

    init(_ places: [Place]) {
        self.places = places
    }

    func lookup(_ name: String) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        if index == nil {
            var built: [String: Int] = [:]
            built.reserveCapacity(places.count * 2)
            for (i, p) in places.enumerated() {
                for name in [p.name] + p.variants where built[name] == nil { built[name] = i }
            }
            index = built
        }
        return index?[name]
    }
}
