import ChronicleCore
import ChronicleStore
import Foundation

/// The decoded query string of a request (`a=1&b=two+words`), with validating accessors that
/// throw ``APIError`` 400 naming the parameter.
///
/// Decoding follows HTML forms: `+` is a space and `%XX` sequences are UTF-8 bytes. A
/// parameter given twice keeps its first value; an empty value counts as absent, so that a
/// form submitted with an empty field behaves like one without it.
///
/// ```swift
/// let query = QueryParameters("dyad=JPN-PRK&limit=50")
/// try query.dyad("dyad")        // Dyad("JPN", "PRK")
/// try query.limit(default: 100) // 50
/// ```
struct QueryParameters: Sendable {
    private(set) var values: [String: String] = [:]

    /// Parses a raw query string (without `?`).
    init(_ raw: String?) {
        guard let raw, !raw.isEmpty else { return }
        for pair in raw.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            if values[key] == nil { values[key] = value }
        }
    }

    /// Form decoding of one component.
    static func decode(_ s: Substring) -> String {
        let spaced = s.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    /// The trimmed value, or nil when absent or empty.
    func string(_ name: String) -> String? {
        guard let value = values[name]?.trimmingCharacters(in: .whitespacesAndNewlines),
              !value.isEmpty else { return nil }
        return value
    }

    /// A country code: three letters (ISO 3166-1 alpha-3, `IGO`, `NGO`), uppercased.
    func country(_ name: String) throws -> String? {
        guard let value = string(name) else { return nil }
        return try Self.countryCode(value, parameter: name)
    }

    static func countryCode(_ value: String, parameter: String) throws -> String {
        guard value.count == 3, value.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }) else {
            throw APIError.badParameter(parameter, "expects a three-letter country code such as JPN, found \"\(value)\"")
        }
        return value.uppercased()
    }

    /// A dyad written `A-B`.
    func dyad(_ name: String) throws -> Dyad? {
        guard let value = string(name) else { return nil }
        return try Self.dyad(value, parameter: name)
    }

    static func dyad(_ value: String, parameter: String) throws -> Dyad {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            throw APIError.badParameter(parameter, "expects two country codes joined by a hyphen such as JPN-PRK, found \"\(value)\"")
        }
        return Dyad(try countryCode(String(parts[0]), parameter: parameter),
                    try countryCode(String(parts[1]), parameter: parameter))
    }

    /// A day written `YYYY-MM-DD`.
    func day(_ name: String) throws -> CalendarDay? {
        guard let value = string(name) else { return nil }
        guard value.count == 10, let day = CalendarDay(iso: value) else {
            throw APIError.badParameter(name, "expects a date as YYYY-MM-DD, found \"\(value)\"")
        }
        return day
    }

    /// `from` and `to`, checked to be in order.
    func period() throws -> (from: CalendarDay?, to: CalendarDay?) {
        let from = try day("from"), to = try day("to")
        if let from, let to, from > to {
            throw APIError.badParameter("to", "\(to) is before from \(from)")
        }
        return (from, to)
    }

    /// A CAMEO root: two digits from 01 to 20.
    func root(_ name: String = "root") throws -> String? {
        guard let value = string(name) else { return nil }
        let padded = value.count == 1 ? "0" + value : value
        guard padded.count == 2, let n = Int(padded), (1...20).contains(n) else {
            throw APIError.badParameter(name, "expects a CAMEO root from 01 to 20, found \"\(value)\"")
        }
        return padded
    }

    /// An event mode.
    func mode(_ name: String = "mode") throws -> EventMode? {
        guard let value = string(name) else { return nil }
        guard let mode = EventMode(rawValue: value.lowercased()) else {
            let modes = EventMode.allCases.map(\.rawValue).joined(separator: ", ")
            throw APIError.badParameter(name, "expects one of \(modes), found \"\(value)\"")
        }
        return mode
    }

    /// A page size from 1 to `maximum`.
    func limit(_ name: String = "limit", default fallback: Int, maximum: Int = 500) throws -> Int {
        guard let value = string(name) else { return fallback }
        guard let n = Int(value), (1...maximum).contains(n) else {
            throw APIError.badParameter(name, "expects an integer from 1 to \(maximum), found \"\(value)\"")
        }
        return n
    }

    /// A cursor written by a previous page (`day:id`).
    func cursor(_ name: String = "cursor") throws -> String? {
        guard let value = string(name) else { return nil }
        guard (try? EventCursor(parsing: value)) != nil, value.count <= 200 else {
            throw APIError.badParameter(name, "is not a cursor returned by a previous page: \"\(value)\"")
        }
        return value
    }

    /// A value from a fixed set.
    func choice<T: RawRepresentable & CaseIterable>(_ name: String, as type: T.Type) throws -> T?
    where T.RawValue == String {
        guard let value = string(name) else { return nil }
        guard let choice = T(rawValue: value.lowercased()) else {
            let all = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw APIError.badParameter(name, "expects one of \(all), found \"\(value)\"")
        }
        return choice
    }

    /// The query string with `changes` applied (nil removes a key), for pagination and filter links.
    func encoded(changing changes: [String: String?]) -> String {
        var merged = values
        for (k, v) in changes { merged[k] = v ?? nil }
        let pairs = merged.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key }
        return pairs.map { "\(Self.encode($0.key))=\(Self.encode($0.value))" }.joined(separator: "&")
    }

    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:")

    /// Percent-encodes a query or path component (ASCII letters, digits and `-._~:` stay).
    static func encode(_ s: String) -> String {
        s.addingPercentEncoding(withAllowedCharacters: unreserved) ?? s
    }
}
