import Foundation

/// A gold event of an evaluation set (`DESIGN.md`, "Gold files"): countries, allowed roots and
/// a date interval.
///
/// ```json
/// {"id":"g01-01","date":"2009-05-29/2009-06-02","source":["USA"],"target":["IRN"],
///  "roots":["11"],"symmetric":false,"required":true,"evidence":"…"}
/// ```
public struct GoldEvent: Sendable, Hashable, Codable {
    public var id: String
    /// The document the event belongs to (`articles/2017-03-07-missiles-japan-eez`), in gold
    /// files that cover several documents.
    public var doc: String?
    /// A TimeML value (`2018-06`, `2018-06-12`) or an interval `start/end`.
    public var date: String
    public var source: [String]
    public var target: [String]
    public var roots: [String]
    /// Either order of source and target matches.
    public var symmetric: Bool?
    /// Counted by recall; optional events only keep correct system events from counting as false.
    public var required: Bool
    public var evidence: String?

    /// Whether this gold event belongs to a document: its `doc` names the document's id or the
    /// end of its path without extension; gold events without `doc` belong to every document.
    public func belongs(to document: Document) -> Bool {
        guard let doc else { return true }
        if doc == document.id { return true }
        guard let path = document.origin.path else { return false }
        // "articles/2017-03-07-missiles-japan-eez" names ".../articles/2017-03-07-missiles-japan-eez.txt";
        // "feeds/korea-desk#4" names item 4 of ".../feeds/korea-desk.rss".
        let parts = doc.split(separator: "#", maxSplits: 1).map(String.init)
        let stem = path.lastIndex(of: ".").map { String(path[..<$0]) } ?? path
        guard stem == parts[0] || stem.hasSuffix("/" + parts[0]) else { return false }
        return parts.count == 1 || document.id.hasSuffix("#" + parts[1])
    }

    /// The first and last days of a TimeML value or interval (`2018` → Jan 1 … Dec 31).
    public static func interval(_ value: String) -> (CalendarDay, CalendarDay)? {
        let parts = value.split(separator: "/").map(String.init)
        guard let first = parts.first, let a = bounds(first), let b = bounds(parts.last ?? first) else { return nil }
        return (a.0, b.1)
    }

    private static func bounds(_ v: String) -> (CalendarDay, CalendarDay)? {
        let f = v.split(separator: "-").compactMap { Int($0) }
        switch f.count {
        case 1:
            guard let a = CalendarDay(year: f[0], month: 1, day: 1), let b = CalendarDay(year: f[0], month: 12, day: 31) else { return nil }
            return (a, b)
        case 2:
            guard let a = CalendarDay(year: f[0], month: f[1], day: 1) else { return nil }
            return (a, CalendarDay(year: f[0], month: f[1], day: CalendarDay.daysIn(month: f[1], year: f[0]))!)
        case 3:
            guard let a = CalendarDay(year: f[0], month: f[1], day: f[2]) else { return nil }
            return (a, a)
        default: return nil
        }
    }

    /// Reads a gold file: one JSON object a line.
    ///
    /// - Throws: ``EventResourceError`` naming the line that does not decode.
    public static func load(jsonLines text: String, file: String) throws -> [GoldEvent] {
        var out: [GoldEvent] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            do {
                out.append(try JSONDecoder().decode(GoldEvent.self, from: Data(line.utf8)))
            } catch {
                throw EventResourceError(file: file, line: n + 1, message: "not a gold event: \(error)")
            }
        }
        return out
    }
}
